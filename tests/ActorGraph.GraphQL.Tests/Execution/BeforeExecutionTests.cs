using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Execution;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Tests.Execution;

public sealed class BeforeExecutionTests
{
    private const string Sdl = """
        type Query { ok: Boolean }
        type Mutation { first: Int second: Int }
        """;

    [Theory]
    [InlineData("mutation { a: first b: second }", null, new[] { "first", "second" })]
    [InlineData("mutation { ...F } fragment F on Mutation { second first }", null, new[] { "second", "first" })]
    [InlineData("mutation ($skip: Boolean!) { first ... @skip(if: $skip) { second } }", true, new[] { "first" })]
    [InlineData("mutation ($skip: Boolean!) { first ... @skip(if: $skip) { second } }", false, new[] { "first", "second" })]
    [InlineData("mutation { first again: first }", null, new[] { "first", "first" })]
    public async Task The_hook_sees_the_root_fields_the_operation_will_run(string document, bool? skip, string[] expected)
    {
        OperationPlan? seen = null;
        var options = new GraphQLExecutorOptions { BeforeExecution = (plan, _) => { seen = plan; return ValueTask.CompletedTask; } };

        var result = await Execute.ResultAsync(Schema(new List<string>()), document, skip is { } value ? new Dictionary<string, object?> { ["skip"] = value } : null, options: options);

        result.Kind.Should().Be(ExecutionResultKind.Executed);
        seen!.Operation.Should().Be(OperationType.Mutation);
        seen.RootFields.Should().Equal(expected);
    }

    [Fact]
    public async Task A_refusal_runs_no_field_of_the_operation()
    {
        var ran = new List<string>();
        var options = new GraphQLExecutorOptions
        {
            BeforeExecution = (plan, _) => plan.RootFields.Contains("second") ? throw GraphQLRequestException.Forbidden("second is for admins") : ValueTask.CompletedTask,
        };

        var result = await Execute.ResultAsync(Schema(ran), "mutation { first second }", options: options);

        result.Kind.Should().Be(ExecutionResultKind.Forbidden);
        result.Errors.Single().Code.Should().Be("FORBIDDEN");
        ran.Should().BeEmpty();
    }

    private static ExecutableSchema Schema(List<string> ran) => new ExecutableSchemaBuilder(Sdl)
        .Resolve("Query.ok", _ => true)
        .Resolve("Mutation.first", _ => { ran.Add("first"); return 1; })
        .Resolve("Mutation.second", _ => { ran.Add("second"); return 2; })
        .Build();
}

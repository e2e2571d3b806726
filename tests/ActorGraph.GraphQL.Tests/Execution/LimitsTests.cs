using ActorGraph.GraphQL.Execution;

namespace ActorGraph.GraphQL.Tests.Execution;

public sealed class LimitsTests
{
    private const string Sdl = """
        type Query { actor: Actor }
        type Actor { name: String! friends(first: Int): [Actor!]! }
        """;

    private static readonly ExecutableSchema Schema = new ExecutableSchemaBuilder(Sdl)
        .Resolve("Query.actor", _ => "a")
        .Resolve("Actor.name", ctx => ctx.Parent<string>())
        .Resolve("Actor.friends", _ => Array.Empty<string>())
        .Build();

    [Fact]
    public async Task Depth_over_the_limit_is_refused_with_the_measured_depth()
    {
        var options = Options(l => l.MaxDepth = 3);

        var result = await Execute.ResultAsync(Schema, "{ actor { friends { friends { name } } } }", options: options);

        result.Kind.Should().Be(ExecutionResultKind.LimitExceeded);
        result.ToJson().Should().Be("""{"errors":[{"message":"Query depth 4 exceeds the maximum of 3.","locations":[{"line":1,"column":1}],"extensions":{"code":"MAX_DEPTH_EXCEEDED"}}]}""");
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        var options = Options(l => l.MaxDepth = 3);

        var result = await Execute.ResultAsync(Schema, "{ actor { ...F } } fragment F on Actor { friends { friends { name } } }", options: options);

        result.Errors.Single().Code.Should().Be("MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task Aliases_over_the_limit_are_refused()
    {
        var options = Options(l => l.MaxAliases = 2);

        var result = await Execute.ResultAsync(Schema, "{ a: actor { name } b: actor { n: name } }", options: options);

        result.Errors.Single().Message.Should().Be("The operation uses 3 aliases, more than the maximum of 2.");
    }

    [Fact]
    public async Task Cost_multiplies_list_fields_by_their_page_size()
    {
        var options = Options(l => l.MaxCost = 100);

        var small = await Execute.ResultAsync(Schema, "{ actor { friends(first: 5) { friends(first: 5) { name } } } }", options: options);
        var large = await Execute.ResultAsync(Schema, "query ($n: Int) { actor { friends(first: $n) { friends(first: 5) { name } } } }",
            new Dictionary<string, object?> { ["n"] = 50 }, options);

        small.Kind.Should().Be(ExecutionResultKind.Executed);
        large.Errors.Single().Message.Should().Be("Query cost 302 exceeds the maximum of 100.");
    }

    [Fact]
    public async Task Documents_over_the_byte_limit_are_refused_before_parsing()
    {
        var options = Options(l => l.MaxDocumentBytes = 20);

        var result = await Execute.ResultAsync(Schema, "{ actor { name name name } }", options: options);

        result.Errors.Single().Message.Should().Be("The document is 28 bytes, over the limit of 20 bytes.");
        result.Errors.Single().Code.Should().Be("DOCUMENT_TOO_LARGE");
    }

    [Fact]
    public async Task Documents_with_too_many_tokens_are_refused()
    {
        var options = Options(l => l.MaxTokens = 10);

        var result = await Execute.ResultAsync(Schema, "{ actor { name name name name name name } }", options: options);

        result.Kind.Should().Be(ExecutionResultKind.ParseError);
        result.Errors.Single().Message.Should().Contain("10");
        result.Errors.Single().Code.Should().Be("TOO_MANY_TOKENS");
    }

    private static GraphQLExecutorOptions Options(Action<GraphQLLimits> configure)
    {
        var options = new GraphQLExecutorOptions();
        configure(options.Limits);
        return options;
    }
}

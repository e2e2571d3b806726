using ActorGraph.GraphQL.Execution;

namespace ActorGraph.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private const string Sdl = """
        type Query {
          greeting: String!
          nullable: String
          broken: String
          brokenRequired: String!
          child: Child
          children: [Child!]
          later(ms: Int!): String!
          waitFor(signal: String!): String!
          release(signal: String!): String!
        }

        type Child {
          name: String!
          failing: String!
        }

        type Mutation {
          append(text: String!): [String!]!
        }
        """;

    private readonly List<string> _log = [];
    private readonly Dictionary<string, TaskCompletionSource<string>> _signals = [];

    [Fact]
    public async Task Resolves_fields_in_selection_order_with_aliases()
    {
        var json = await Execute.JsonAsync(Schema(), "{ b: greeting a: greeting child { name } }");

        json.Should().Be("""{"data":{"b":"hi","a":"hi","child":{"name":"kid"}}}""");
    }

    [Fact]
    public async Task A_resolver_error_nulls_the_field_and_reports_message_location_path_and_code()
    {
        var json = await Execute.JsonAsync(Schema(), "{ greeting\n  broken }");

        json.Should().Be("""{"errors":[{"message":"Broken on purpose.","locations":[{"line":2,"column":3}],"path":["broken"],"extensions":{"code":"BROKEN"}}],"data":{"greeting":"hi","broken":null}}""");
    }

    [Fact]
    public async Task A_null_in_a_non_null_field_propagates_to_the_nearest_nullable_parent()
    {
        var json = await Execute.JsonAsync(Schema(), "{ greeting children { name failing } }");

        json.Should().Be("""{"errors":[{"message":"Child kid-0 fails.","locations":[{"line":1,"column":28}],"path":["children",0,"failing"],"extensions":{"code":"CHILD"}}],"data":{"greeting":"hi","children":null}}""");
    }

    [Fact]
    public async Task A_failing_non_null_root_field_nulls_all_data()
    {
        var json = await Execute.JsonAsync(Schema(), "{ greeting brokenRequired }");

        json.Should().Be("""{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":12}],"path":["brokenRequired"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""");
    }

    [Fact]
    public async Task Unexpected_exceptions_never_show_their_text()
    {
        var json = await Execute.JsonAsync(Schema(), "{ brokenRequired }");

        json.Should().NotContain("secret").And.NotContain("InvalidOperationException").And.Contain("Unexpected error.");
    }

    [Fact]
    public async Task Query_fields_resolve_concurrently()
    {
        // waitFor only completes when release (a later sibling) runs: sequential resolution would never finish.
        var result = Execute.JsonAsync(Schema(), """{ a: waitFor(signal: "x") b: release(signal: "x") }""");

        (await result.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be("""{"data":{"a":"released x","b":"x"}}""");
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another()
    {
        var json = await Execute.JsonAsync(Schema(), """mutation { a: append(text: "slow") b: append(text: "fast") }""");

        json.Should().Be("""{"data":{"a":["slow"],"b":["slow","fast"]}}""");
    }

    [Fact]
    public async Task Async_resolvers_complete_nested_selections()
    {
        var json = await Execute.JsonAsync(Schema(), "{ later(ms: 20) child { name } }");

        json.Should().Be("""{"data":{"later":"waited 20","child":{"name":"kid"}}}""");
    }

    [Fact]
    public async Task Cancellation_stops_the_execution()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var run = () => Execute.JsonAsync(Schema(), "{ later(ms: 10000) }", cancellationToken: cancel.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task The_execution_time_limit_gives_a_request_error()
    {
        var options = new GraphQLExecutorOptions();
        options.Limits.ExecutionTimeout = TimeSpan.FromMilliseconds(50);

        var result = await Execute.ResultAsync(Schema(), "{ later(ms: 10000) }", options: options);

        result.Kind.Should().Be(ExecutionResultKind.Timeout);
        result.ToJson().Should().Be("""{"errors":[{"message":"The operation did not finish within the execution time limit of 50 ms.","extensions":{"code":"EXECUTION_TIMEOUT"}}]}""");
    }

    [Fact]
    public async Task Skip_and_include_follow_variables()
    {
        var json = await Execute.JsonAsync(Schema(), "query ($s: Boolean!) { a: greeting @skip(if: $s) b: greeting @include(if: $s) }",
            new Dictionary<string, object?> { ["s"] = true });

        json.Should().Be("""{"data":{"b":"hi"}}""");
    }

    [Fact]
    public async Task Variable_errors_are_request_errors_without_data()
    {
        var result = await Execute.ResultAsync(Schema(), "query ($ms: Int!) { later(ms: $ms) }", new Dictionary<string, object?> { ["ms"] = "soon" });

        result.Kind.Should().Be(ExecutionResultKind.VariableError);
        result.ToJson().Should().Be("""{"errors":[{"message":"Variable \"$ms\" got invalid value \"soon\"; Int cannot represent non-integer value: \"soon\"","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""");
    }

    private ExecutableSchema Schema() =>
        new ExecutableSchemaBuilder(Sdl)
            .Resolve("Query.greeting", _ => "hi")
            .Resolve("Query.nullable", _ => null)
            .Resolve("Query.broken", _ => throw new GraphQLException("Broken on purpose.", "BROKEN"))
            .Resolve("Query.brokenRequired", _ => throw new InvalidOperationException("secret connection string"))
            .Resolve("Query.child", _ => "kid")
            .Resolve("Query.children", _ => new[] { "kid-0", "kid-1" })
            .ResolveAsync("Query.later", async ctx =>
            {
                await Task.Delay(ctx.Argument<int>("ms"), ctx.CancellationToken);
                return $"waited {ctx.Argument<int>("ms")}";
            })
            .ResolveAsync("Query.waitFor", async ctx => "released " + await Signal(ctx.Argument<string>("signal")).Task)
            .Resolve("Query.release", ctx =>
            {
                var name = ctx.Argument<string>("signal");
                Signal(name).SetResult(name);
                return name;
            })
            .Resolve("Child.name", ctx => ctx.Parent<string>())
            .Resolve("Child.failing", ctx => throw new GraphQLException($"Child {ctx.Parent<string>()} fails.", "CHILD"))
            .ResolveAsync("Mutation.append", async ctx =>
            {
                var text = ctx.Argument<string>("text");
                await Task.Delay(text == "slow" ? 50 : 0);
                _log.Add(text);
                return _log.ToList();
            })
            .Build();

    private TaskCompletionSource<string> Signal(string name)
    {
        lock (_signals)
        {
            return _signals.TryGetValue(name, out var signal) ? signal : _signals[name] = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}

using ActorGraph.GraphQL.Execution;

namespace ActorGraph.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query {
          parents: [Parent!]!
        }

        type Parent {
          id: Int!
          children: [Child!]!
        }

        type Child {
          id: String!
          toys: [String!]!
        }
        """;

    [Fact]
    public async Task Hundred_parents_and_their_children_make_one_batch_call_per_level()
    {
        var calls = new List<IReadOnlyList<string>>();
        var schema = Schema(calls, async: true);

        var result = await Execute.ResultAsync(schema, "{ parents { id children { id toys } } }");

        result.Errors.Should().BeEmpty();
        calls.Should().HaveCount(2, "one batch for the children of all parents, one for the toys of all children");
        calls[0].Should().HaveCount(100);
        calls[1].Should().HaveCount(200);
        var json = result.ToJson();
        json.Should().Contain("""{"id":99,"children":[{"id":"99-a","toys":["toy of 99-a"]},{"id":"99-b","toys":["toy of 99-b"]}]}""");
    }

    [Fact]
    public async Task Batches_are_one_per_level_when_loaders_answer_synchronously_too()
    {
        var calls = new List<IReadOnlyList<string>>();

        await Execute.ResultAsync(Schema(calls, async: false), "{ parents { children { toys } } }");

        calls.Select(c => c.Count).Should().Equal(100, 200);
    }

    [Fact]
    public async Task The_same_key_is_fetched_once_per_request()
    {
        var calls = new List<IReadOnlyList<string>>();

        await Execute.ResultAsync(Schema(calls, async: true), "{ a: parents { children { id } } b: parents { children { id } } }");

        calls.Should().ContainSingle().Which.Should().HaveCount(100);
    }

    [Fact]
    public async Task A_failing_batch_fails_every_field_waiting_on_it()
    {
        var schema = new ExecutableSchemaBuilder(Sdl)
            .AddLoader(_ => new FailingLoader())
            .Resolve("Query.parents", _ => Enumerable.Range(0, 3).ToList())
            .Resolve("Parent.id", ctx => ctx.Parent<int>())
            .ResolveAsync("Parent.children", async ctx => await ctx.Loader<FailingLoader>().LoadAsync(ctx.Parent<int>().ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Resolve("Child.id", _ => "x")
            .Resolve("Child.toys", _ => Array.Empty<string>())
            .Build();

        var result = await Execute.ResultAsync(schema, "{ parents { children { id } } }");

        result.Errors.Select(e => e.Message).Should().Equal(Enumerable.Repeat("The store is unavailable.", 3));
        result.ToJson().Should().Contain("\"data\":null");
    }

    private static ExecutableSchema Schema(List<IReadOnlyList<string>> calls, bool async) =>
        new ExecutableSchemaBuilder(Sdl)
            .AddLoader(_ => new ChildrenLoader(calls, async))
            .AddLoader(_ => new ToysLoader(calls, async))
            .Resolve("Query.parents", _ => Enumerable.Range(0, 100).ToList())
            .Resolve("Parent.id", ctx => ctx.Parent<int>())
            .ResolveAsync("Parent.children", async ctx =>
                await ctx.Loader<ChildrenLoader>().LoadAsync(ctx.Parent<int>().ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Resolve("Child.id", ctx => ctx.Parent<string>())
            .ResolveAsync("Child.toys", async ctx => await ctx.Loader<ToysLoader>().LoadAsync(ctx.Parent<string>()))
            .Build();

    private sealed class ChildrenLoader(List<IReadOnlyList<string>> calls, bool async) : DataLoader<string, IReadOnlyList<string>>
    {
        protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            lock (calls)
            {
                calls.Add(keys);
            }

            if (async)
            {
                await Task.Delay(5, cancellationToken);
            }

            return keys.ToDictionary(k => k, k => (IReadOnlyList<string>)[k + "-a", k + "-b"]);
        }
    }

    private sealed class ToysLoader(List<IReadOnlyList<string>> calls, bool async) : DataLoader<string, IReadOnlyList<string>>
    {
        protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            lock (calls)
            {
                calls.Add(keys);
            }

            if (async)
            {
                await Task.Yield();
            }

            return keys.ToDictionary(k => k, k => (IReadOnlyList<string>)["toy of " + k]);
        }
    }

    private sealed class FailingLoader : DataLoader<string, IReadOnlyList<string>>
    {
        protected override Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
            throw new GraphQLException("The store is unavailable.", "UNAVAILABLE");
    }
}

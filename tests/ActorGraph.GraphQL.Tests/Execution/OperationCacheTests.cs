using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Execution;
using ActorGraph.GraphQL.Execution.Caching;

namespace ActorGraph.GraphQL.Tests.Execution;

public sealed class OperationCacheTests
{
    private static readonly ExecutableSchema Schema = new ExecutableSchemaBuilder("type Query { hello: String! }")
        .Resolve("Query.hello", _ => "world")
        .Build();

    [Fact]
    public async Task A_document_is_parsed_and_validated_once()
    {
        var validations = 0;
        var options = new GraphQLExecutorOptions
        {
            Validate = (_, _) =>
            {
                Interlocked.Increment(ref validations);
                return [];
            },
        };
        var executor = new GraphQLExecutor(Schema, options);

        for (var i = 0; i < 3; i++)
        {
            (await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" })).ToJson().Should().Be("""{"data":{"hello":"world"}}""");
        }

        validations.Should().Be(1);
    }

    [Fact]
    public async Task Validation_errors_are_request_errors_with_the_validation_code()
    {
        var options = new GraphQLExecutorOptions { Validate = (_, document) => [new GraphQLError("Refused.", document)] };

        var result = await new GraphQLExecutor(Schema, options).ExecuteAsync(new GraphQLRequest { Query = "{ hello }" });

        result.Kind.Should().Be(ExecutionResultKind.ValidationError);
        result.ToJson().Should().Be("""{"errors":[{"message":"Refused.","locations":[{"line":1,"column":1}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""");
    }

    [Fact]
    public async Task Automatic_persisted_queries_answer_not_found_then_run_by_hash_once_registered()
    {
        var executor = new GraphQLExecutor(Schema);
        const string query = "{ hello }";
        var extensions = Extensions(DocumentHash.Of(query));

        var unknown = await executor.ExecuteAsync(new GraphQLRequest { Extensions = extensions });
        var registered = await executor.ExecuteAsync(new GraphQLRequest { Query = query, Extensions = extensions });
        var byHash = await executor.ExecuteAsync(new GraphQLRequest { Extensions = extensions });

        unknown.ToJson().Should().Be("""{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}""");
        registered.ToJson().Should().Be("""{"data":{"hello":"world"}}""");
        byHash.ToJson().Should().Be("""{"data":{"hello":"world"}}""");
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_query_is_refused()
    {
        var result = await new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = "{ hello }", Extensions = Extensions(new string('0', 64)) });

        result.Errors.Single().Code.Should().Be("PERSISTED_QUERY_HASH_MISMATCH");
    }

    [Fact]
    public async Task Only_known_documents_run_when_asked()
    {
        var options = new GraphQLExecutorOptions { OnlyKnownDocuments = true };
        options.KnownDocuments.Add("{ hello }");
        var executor = new GraphQLExecutor(Schema, options);

        var known = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" });
        var knownByHash = await executor.ExecuteAsync(new GraphQLRequest { Extensions = Extensions(DocumentHash.Of("{ hello }")) });
        var unknown = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello __typename }" });

        known.ToJson().Should().Be("""{"data":{"hello":"world"}}""");
        knownByHash.ToJson().Should().Be("""{"data":{"hello":"world"}}""");
        unknown.Kind.Should().Be(ExecutionResultKind.PersistedQueryNotFound);
        unknown.Errors.Single().Code.Should().Be("PERSISTED_QUERY_NOT_FOUND");
    }

    private static Dictionary<string, object?> Extensions(string hash) => new()
    {
        ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = 1, ["sha256Hash"] = hash },
    };
}

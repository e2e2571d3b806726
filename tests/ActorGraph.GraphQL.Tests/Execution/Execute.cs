using System.Text.Json.Nodes;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.GraphQL.Tests.Execution;

/// <summary>Runs one request and returns the response as JSON text, for compact assertions.</summary>
internal static class Execute
{
    public static async Task<string> JsonAsync(
        ExecutableSchema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        GraphQLExecutorOptions? options = null,
        CancellationToken cancellationToken = default) =>
        (await ResultAsync(schema, query, variables, options, cancellationToken)).ToJson();

    public static Task<ExecutionResult> ResultAsync(
        ExecutableSchema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        GraphQLExecutorOptions? options = null,
        CancellationToken cancellationToken = default) =>
        new GraphQLExecutor(schema, options).ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, null, cancellationToken);

    public static JsonNode Parse(string json) => JsonNode.Parse(json)!;
}

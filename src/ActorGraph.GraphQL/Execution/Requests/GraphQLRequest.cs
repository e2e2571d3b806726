using System.Text.Json;

namespace ActorGraph.GraphQL.Execution;

/// <summary>One GraphQL request: the document, the operation to run and its variables.</summary>
public sealed record GraphQLRequest
{
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as plain JSON-like values (see <see cref="Utilities.JsonValues"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Reads the standard request object <c>{"query", "operationName", "variables", "extensions"}</c>.</summary>
    /// <exception cref="FormatException">The JSON is not a well-formed GraphQL request.</exception>
    public static GraphQLRequest FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The request body must be a JSON object.");
        }

        return new GraphQLRequest
        {
            Query = OptionalString(body, "query"),
            OperationName = OptionalString(body, "operationName"),
            Variables = OptionalObject(body, "variables"),
            Extensions = OptionalObject(body, "extensions"),
        };
    }

    private static string? OptionalString(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new FormatException($"\"{name}\" must be a string.");

    private static IReadOnlyDictionary<string, object?>? OptionalObject(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? (IReadOnlyDictionary<string, object?>)Utilities.JsonValues.ToClr(value)!
        : throw new FormatException($"\"{name}\" must be an object.");
}

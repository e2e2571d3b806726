using System.Text;
using System.Text.Json;
using ActorGraph.GraphQL.Errors;

namespace ActorGraph.GraphQL.Execution;

/// <summary>The response to one request: <c>data</c> when execution started, and the errors met.</summary>
public sealed class ExecutionResult
{
    private ExecutionResult(ExecutionResultKind kind, IReadOnlyList<GraphQLError> errors, ResultMap? data)
    {
        Kind = kind;
        Errors = errors;
        Data = data;
    }

    /// <summary>Writer options matching JSON.stringify's escaping (only what JSON requires).</summary>
    public static JsonWriterOptions JsonWriterOptions => ResultJsonWriter.WriterOptions;

    public ExecutionResultKind Kind { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The data; null either because execution did not start (<see cref="HasData"/> false) or because null propagated to the root.</summary>
    public ResultMap? Data { get; }

    public bool HasData => Kind == ExecutionResultKind.Executed;

    public static ExecutionResult Executed(ResultMap? data, IReadOnlyList<GraphQLError> errors) =>
        new(ExecutionResultKind.Executed, errors, data);

    public static ExecutionResult RequestError(ExecutionResultKind kind, IReadOnlyList<GraphQLError> errors) =>
        new(kind, errors, null);

    public static ExecutionResult RequestError(ExecutionResultKind kind, GraphQLError error) =>
        new(kind, [error], null);

    public void WriteTo(Utf8JsonWriter writer) => ResultJsonWriter.Write(writer, this);

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ResultJsonWriter.WriterOptions))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

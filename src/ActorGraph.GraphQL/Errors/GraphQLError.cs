using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Errors;

/// <summary>
/// An error as the GraphQL specification reports it: a message, the source locations it concerns,
/// the response path it happened at and free-form extensions (the engine always sets <c>code</c>).
/// </summary>
public class GraphQLError : Exception
{
    private static readonly IReadOnlyDictionary<string, object?> NoExtensions = new Dictionary<string, object?>();

    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        string? code = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Locations = locations ?? [];
        Path = path;
        Extensions = WithCode(extensions, code);
    }

    public GraphQLError(string message, Node? node, string? code = null, Exception? innerException = null)
        : this(message, LocationsOf(node is null ? [] : [node]), null, code, null, innerException)
    {
        Nodes = node is null ? [] : [node];
    }

    public GraphQLError(string message, IReadOnlyList<Node> nodes, string? code = null, Exception? innerException = null)
        : this(message, LocationsOf(nodes), null, code, null, innerException)
    {
        Nodes = nodes;
    }

    /// <summary>The AST nodes the error concerns (empty when the error was built from plain locations).</summary>
    public IReadOnlyList<Node> Nodes { get; } = [];

    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>Response path of field names and list indices, or null outside execution.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?> Extensions { get; }

    public string? Code => Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>A copy of this error located at a response path (used by the executor).</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Locations, path, null, Extensions, InnerException);

    public override string ToString() =>
        Locations.Count == 0 ? Message : $"{Message} ({string.Join(", ", Locations)})";

    private static List<SourceLocation> LocationsOf(IReadOnlyList<Node> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (!node.Location.IsEmpty)
            {
                locations.Add(node.Location.StartLocation);
            }
        }

        return locations;
    }

    private static IReadOnlyDictionary<string, object?> WithCode(IReadOnlyDictionary<string, object?>? extensions, string? code)
    {
        if (code is null)
        {
            return extensions ?? NoExtensions;
        }

        var merged = extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(extensions);
        merged["code"] = code;
        return merged;
    }
}

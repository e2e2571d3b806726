namespace ActorGraph.Server.GraphQL.Support;

/// <summary>
/// Global ids are the type name and the record's key joined by a colon (<c>Actor:qatar</c>): readable, and
/// unique across types. Arguments that take an id accept the global id or the bare key.
/// </summary>
public static class GlobalId
{
    public const string Actor = "Actor";
    public const string Relationship = "Relationship";
    public const string Document = "Document";
    public const string Event = "Event";

    public static string Of(string typeName, string key) => typeName + ":" + key;

    /// <summary>Splits a global id; null when it is not one.</summary>
    public static (string TypeName, string Key)? Parse(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < id.Length - 1 ? (id[..colon], id[(colon + 1)..]) : null;
    }

    /// <summary>The key named by an argument that takes a <paramref name="typeName"/> key or global id.</summary>
    public static string KeyOf(string id, string typeName, string argument)
    {
        if (Parse(id) is not { } parsed)
        {
            return id;
        }

        return parsed.TypeName == typeName
            ? parsed.Key
            : throw ApiErrors.InvalidInput($"'{argument}' takes an {typeName} id, but '{id}' is the id of a {parsed.TypeName}.");
    }

    public static IReadOnlyList<string> KeysOf(IEnumerable<string> ids, string typeName, string argument) =>
        [.. ids.Select(id => KeyOf(id, typeName, argument)).Distinct(StringComparer.Ordinal)];
}

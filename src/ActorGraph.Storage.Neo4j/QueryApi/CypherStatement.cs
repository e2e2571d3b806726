namespace ActorGraph.Storage.Neo4j.QueryApi;

/// <summary>One Cypher statement with its parameters, as sent in a Query API request body.</summary>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>())
    {
    }
}

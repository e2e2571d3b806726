namespace ActorGraph.Server.Configuration;

/// <summary>Which store holds the graph (configuration section <c>Store</c>).</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;
}

public enum StoreProvider
{
    /// <summary>The embedded SQLite store (one file, created on first start).</summary>
    Sqlite,

    /// <summary>A Neo4j server reached through its HTTP Query API (section <c>Neo4j</c>).</summary>
    Neo4j,
}

namespace ActorGraph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its database file, and how long a writer waits for another.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>The database file; it and its folder are created on first use.</summary>
    public required string Path { get; init; }

    /// <summary>How long a call waits for another process or thread holding the write lock before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

namespace ActorGraph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its database file, how long a writer waits for another, and how much of the file reads map into memory.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>The database file; it and its folder are created on first use.</summary>
    public required string Path { get; init; }

    /// <summary>How long a call waits for another process or thread holding the write lock before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many bytes of the file each connection reads through memory-mapped I/O instead of copying pages in
    /// (SQLite's <c>mmap_size</c>; 0 turns it off). Traversals of a large graph read scattered index pages, and mapping
    /// them makes those reads markedly cheaper; it costs address space, not memory. A disk error on a mapped page stops
    /// the process instead of failing one call, which is why it can be turned off.
    /// </summary>
    public long MemoryMapBytes { get; init; } = 1L << 30;
}

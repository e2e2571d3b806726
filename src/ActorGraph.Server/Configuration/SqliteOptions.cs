namespace ActorGraph.Server.Configuration;

/// <summary>Where the embedded store keeps its file (configuration section <c>Sqlite</c>).</summary>
public sealed class SqliteOptions
{
    public const string SectionName = "Sqlite";

    /// <summary>The database file; a relative path is taken from the current folder. Created on first start.</summary>
    public string Path { get; set; } = "data/actorgraph.db";

    /// <summary>How many megabytes of the file reads map into memory (SQLite <c>mmap_size</c>); 0 turns memory-mapped reads off.</summary>
    public int MemoryMapMegabytes { get; set; } = 1024;
}

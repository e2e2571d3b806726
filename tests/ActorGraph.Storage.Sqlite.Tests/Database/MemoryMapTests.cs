using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Sqlite.Tests.Database;

/// <summary>Every connection reads through as much memory-mapped I/O as the options allow.</summary>
public sealed class MemoryMapTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(0L)]
    [InlineData(64L << 20)]
    public void Reads_and_writes_map_the_configured_size(long bytes)
    {
        var database = new SqliteDatabase(new SqliteStoreOptions { Path = _directory.File($"mmap-{bytes}.db"), MemoryMapBytes = bytes });

        database.Read(session => session.Scalar<long>("PRAGMA mmap_size;")).Should().Be(bytes);
        database.Write(session => session.Scalar<long>("PRAGMA mmap_size;")).Should().Be(bytes);
    }

    [Fact]
    public void By_default_a_gibibyte_is_mapped()
    {
        new SqliteStoreOptions { Path = "any.db" }.MemoryMapBytes.Should().Be(1L << 30);
    }
}

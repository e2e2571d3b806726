using ActorGraph.Domain.Ports;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Sqlite.Tests.Contract;

/// <summary>Makes empty SQLite stores in a temporary folder of one test, removed with it.</summary>
public sealed class SqliteStores : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private int _count;

    public Task<IGraphStore> CreateAsync() =>
        Task.FromResult<IGraphStore>(SqliteGraphStore.ForFile(_directory.File($"store-{Interlocked.Increment(ref _count)}.db")));

    public void Dispose() => _directory.Dispose();
}

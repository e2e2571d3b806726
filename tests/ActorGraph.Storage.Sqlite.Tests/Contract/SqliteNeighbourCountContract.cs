using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Contract;

namespace ActorGraph.Storage.Sqlite.Tests.Contract;

public sealed class SqliteNeighbourCountContract : NeighbourCountContract, IDisposable
{
    private readonly SqliteStores _stores = new();

    protected override Task<IGraphStore> CreateStoreAsync() => _stores.CreateAsync();

    public void Dispose() => _stores.Dispose();
}

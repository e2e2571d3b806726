using ActorGraph.Domain.Ports;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Loaders;

/// <summary>The store's counts, read at most once per request however many fields need them.</summary>
public sealed class StatsLoader(IGraphStore store) : DataLoader<StatsLoader.Scope, GraphStats>
{
    public Task<GraphStats?> LoadAsync() => LoadAsync(Scope.Whole);

    protected override async Task<IReadOnlyDictionary<Scope, GraphStats>> LoadBatchAsync(IReadOnlyList<Scope> keys, CancellationToken cancellationToken) =>
        new Dictionary<Scope, GraphStats> { [Scope.Whole] = await store.GetStatsAsync(cancellationToken) };

    public enum Scope
    {
        Whole,
    }
}

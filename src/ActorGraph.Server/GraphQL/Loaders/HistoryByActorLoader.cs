using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Resolvers;

namespace ActorGraph.Server.GraphQL.Loaders;

/// <summary>The audit trail of each actor (at most <see cref="ActorFields.HistoryLimit"/> changes), for many actors per store call.</summary>
public sealed class HistoryByActorLoader(IGraphStore store) : DataLoader<string, IReadOnlyList<ChangeRecord>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<ChangeRecord>>> LoadBatchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        await store.GetChangesOfActorsAsync(keys, ActorFields.HistoryLimit, cancellationToken);
}

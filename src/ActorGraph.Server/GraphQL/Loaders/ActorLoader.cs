using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Ports;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Loaders;

/// <summary>Actors by key, many per store call; a merged key loads its survivor.</summary>
public sealed class ActorLoader(IGraphReader store) : DataLoader<string, Actor>
{
    protected override Task<IReadOnlyDictionary<string, Actor>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        store.GetActorsAsync(keys, cancellationToken);
}

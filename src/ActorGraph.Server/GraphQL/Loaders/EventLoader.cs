using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Loaders;

/// <summary>Events by key, many per store call.</summary>
public sealed class EventLoader(IGraphStore store) : DataLoader<string, Event>
{
    protected override Task<IReadOnlyDictionary<string, Event>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        store.GetEventsAsync(keys, cancellationToken);
}

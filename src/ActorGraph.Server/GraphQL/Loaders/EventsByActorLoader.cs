using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Loaders;

/// <summary>The events each actor takes part in, for many actors per store query (paged through in full).</summary>
public sealed class EventsByActorLoader(IGraphStore store) : DataLoader<string, IReadOnlyList<Event>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Event>>> LoadBatchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var events = new List<Event>();
        string? after = null;
        do
        {
            var page = await store.FindEventsAsync(
                new EventQuery { ParticipantIds = keys, Page = new PageRequest(PageRequest.MaxPageSize, after) },
                cancellationToken);
            events.AddRange(page.Items);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return keys.ToDictionary(
            key => key,
            IReadOnlyList<Event> (key) => [.. events.Where(e => e.Participants.Any(p => p.ActorId == key))],
            StringComparer.Ordinal);
    }
}

using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Benchmarks.Synthetic;

/// <summary>
/// A reader restricted to the edges whose two ends belong to a given set of actors (the induced subgraph). It asks the
/// store only for the edges joining the requested actors to the members, so the edges of hubs that lead out of the
/// subgraph are never read.
/// </summary>
public sealed class SubgraphReader(IGraphReader inner, IReadOnlySet<string> members) : IGraphReader
{
    public async Task<IReadOnlyList<Edge>> GetEdgesAsync(IReadOnlyCollection<string> requested, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        var inside = requested.Where(members.Contains).ToList();
        if (inside.Count == 0)
        {
            return [];
        }

        return await inner.GetEdgesBetweenAsync(inside, members, filter, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Edge>> GetEdgesBetweenAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> otherIds, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        var inside = actorIds.Where(members.Contains).ToList();
        var othersInside = otherIds.Where(members.Contains).ToList();
        return inside.Count == 0 || othersInside.Count == 0
            ? []
            : await inner.GetEdgesBetweenAsync(inside, othersInside, filter, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetActorsAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(ids, cancellationToken);
}

using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Benchmarks.Synthetic;

/// <summary>A reader restricted to the edges whose two ends belong to a given set of actors (the induced subgraph).</summary>
public sealed class SubgraphReader(IGraphReader inner, IReadOnlySet<string> members) : IGraphReader
{
    public async Task<IReadOnlyList<Edge>> GetEdgesAsync(IReadOnlyCollection<string> requested, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        var inside = requested.Where(members.Contains).ToList();
        if (inside.Count == 0)
        {
            return [];
        }

        var edges = await inner.GetEdgesAsync(inside, filter, cancellationToken).ConfigureAwait(false);
        return [.. edges.Where(e => members.Contains(e.SourceId) && members.Contains(e.TargetId))];
    }

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetActorsAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(ids, cancellationToken);
}

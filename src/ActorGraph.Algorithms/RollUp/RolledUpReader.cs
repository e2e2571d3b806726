using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Algorithms.RollUp;

/// <summary>
/// The graph seen one level up: every edge's ends are replaced by the actors they act for on the edge's day
/// (<see cref="ActorRollUp"/>), and edges inside one such actor (the Secretary of State meeting the President) are left
/// out. Asked for the edges of the United States, it reads the edges of the United States and of everyone who rolls up
/// into it, in one <see cref="IGraphReader.GetEdgesAsync"/> call. Relationship ids are kept, so every rolled-up edge
/// still leads to its relationship and evidence as stated (by William Burns, say). Paths and brokers run unchanged on it.
/// </summary>
public sealed class RolledUpReader(IGraphReader inner, ActorRollUp rollUp) : IGraphReader
{
    public async Task<IReadOnlyList<Edge>> GetEdgesAsync(IReadOnlyCollection<string> actorIds, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        if (actorIds.Count == 0)
        {
            return [];
        }

        var asked = actorIds.ToHashSet(StringComparer.Ordinal);
        var members = await rollUp.MembersAsync(asked, cancellationToken).ConfigureAwait(false);

        // Direction is applied after rolling up: a member's outgoing edge is its representative's outgoing edge.
        var edges = await inner.GetEdgesAsync([.. asked.Union(members)], filter with { Direction = Direction.Any }, cancellationToken).ConfigureAwait(false);
        await rollUp.LoadUpwardsAsync(edges.SelectMany(e => new[] { e.SourceId, e.TargetId }).Distinct(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);

        var rolled = new List<Edge>(edges.Count);
        foreach (var edge in edges)
        {
            var source = rollUp.RepresentativeOf(edge.SourceId, edge.EffectiveDate);
            var target = rollUp.RepresentativeOf(edge.TargetId, edge.EffectiveDate);
            var fromAsked = asked.Contains(source);
            var toAsked = asked.Contains(target);
            if (source == target
                || (filter.Direction == Direction.Out && !fromAsked)
                || (filter.Direction == Direction.In && !toAsked)
                || (!fromAsked && !toAsked))
            {
                continue;
            }

            rolled.Add(edge with { SourceId = source, TargetId = target });
        }

        rolled.Sort(static (a, b) => string.CompareOrdinal(a.RelationshipId, b.RelationshipId));
        return rolled;
    }

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetActorsAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(ids, cancellationToken);
}

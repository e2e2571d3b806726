using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Domain.Ports;

/// <summary>
/// The narrow, batched read interface the algorithms run on. Every call takes many ids at once:
/// callers expand a whole traversal level per call, never one actor per call.
/// </summary>
public interface IGraphReader
{
    /// <summary>
    /// The edges incident to any of <paramref name="actorIds"/> that pass <paramref name="filter"/>, each once,
    /// ordered by relationship id. Merged ids are resolved to their survivor.
    /// </summary>
    Task<IReadOnlyList<Edge>> GetEdgesAsync(IReadOnlyCollection<string> actorIds, EdgeFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// The edges with one end in <paramref name="actorIds"/> and the other in <paramref name="otherIds"/> that pass
    /// <paramref name="filter"/>, each once, ordered by relationship id; <see cref="Direction.Out"/> keeps edges from the
    /// first set to the second, <see cref="Direction.In"/> edges from the second to the first. Merged ids are resolved to
    /// their survivor. A search asks this to learn whether two frontiers touch without reading every edge of their hubs;
    /// stores should walk the edges of the first set (the smaller one) and only test the ends against the second.
    /// This default reads every edge of the first set, which is correct but not cheaper.
    /// </summary>
    async Task<IReadOnlyList<Edge>> GetEdgesBetweenAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> otherIds, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(otherIds);
        ArgumentNullException.ThrowIfNull(filter);
        if (actorIds.Count == 0 || otherIds.Count == 0)
        {
            return [];
        }

        var firsts = (await GetActorsAsync(actorIds, cancellationToken).ConfigureAwait(false)).Values.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var others = (await GetActorsAsync(otherIds, cancellationToken).ConfigureAwait(false)).Values.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var edges = await GetEdgesAsync(actorIds, filter, cancellationToken).ConfigureAwait(false);
        return [.. edges.Where(e =>
            (filter.Direction != Direction.In && firsts.Contains(e.SourceId) && others.Contains(e.TargetId))
            || (filter.Direction != Direction.Out && firsts.Contains(e.TargetId) && others.Contains(e.SourceId)))];
    }

    /// <summary>
    /// Counts the edges around a frontier instead of handing them over, so that a search can rank what lies one hop
    /// beyond a hub of tens of thousands of edges without reading them. The counted edges are those
    /// <see cref="GetEdgesAsync"/> would give for <paramref name="actorIds"/> and <paramref name="filter"/> (direction
    /// taken literally), self-relationships left out; each counts once at each of its two ends. The result gives the
    /// count of every frontier or <paramref name="excluded"/> actor with a counted edge, the <paramref name="limit"/>
    /// other ends with the highest counts (ties by id), how many other ends there are, and the counted edges whose ends
    /// are all frontier, excluded or best actors. Merged ids are resolved to their survivor. This default reads every
    /// edge of the frontier, which is correct but not cheaper.
    /// </summary>
    async Task<NeighbourCounts> CountNeighboursAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> excluded, EdgeFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentNullException.ThrowIfNull(filter);
        var frontier = (await GetActorsAsync(actorIds, cancellationToken).ConfigureAwait(false)).Values.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var edges = frontier.Count == 0 ? [] : await GetEdgesAsync(frontier, filter, cancellationToken).ConfigureAwait(false);
        return NeighbourCounts.Tally(edges, frontier, excluded.ToHashSet(StringComparer.Ordinal), limit);
    }

    /// <summary>The actors with these ids, keyed by the id asked for (a merged id maps to its survivor); unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The full relationships with their evidence, keyed by id; unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
}

using ActorGraph.Algorithms.Traversal;

namespace ActorGraph.Algorithms.Paths;

/// <summary>
/// Yen's algorithm: the first <c>k</c> simple paths in <see cref="PathOrder"/>. Each new path spawns, for every
/// actor on it but the target (the spur), a candidate made of its prefix up to the spur (the root) and the
/// canonical fewest-hops path from the spur that avoids the root's actors and every edge that a path already found
/// takes right after the same root. Because every spur search returns the first path in <see cref="PathOrder"/>,
/// the smallest candidate is always the next path in that order, so ties are broken exactly as in a brute-force
/// enumeration. In time-respecting mode a spur's first hop may not be dated before the root's last hop.
/// Stops early, keeping the paths found so far, when the work limits cut a search.
/// </summary>
internal static class KShortestSimplePaths
{
    public static async Task<List<List<Step>>> FindAsync(IPathSearch search, WorkCounter work, string fromId, string toId, PathQuery query, CancellationToken cancellationToken)
    {
        var found = new List<List<Step>>();
        var first = await search.FindAsync(fromId, toId, SearchConstraints.Unblocked(query.MaxLength), cancellationToken).ConfigureAwait(false);
        if (first is null)
        {
            return found;
        }

        found.Add([.. first]);
        var candidates = new SortedSet<IReadOnlyList<Step>>(PathOrder.Instance);
        while (found.Count < query.Limit)
        {
            var previous = found[^1];
            for (var spurIndex = 0; spurIndex < previous.Count; spurIndex++)
            {
                var constraints = SpurConstraints(found, previous, spurIndex, fromId, query);
                var spurId = spurIndex == 0 ? fromId : previous[spurIndex - 1].To;
                var spur = await search.FindAsync(spurId, toId, constraints, cancellationToken).ConfigureAwait(false);
                if (work.Truncation is not null)
                {
                    return found;
                }

                if (spur is not null)
                {
                    candidates.Add([.. previous.Take(spurIndex), .. spur]);
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var next = candidates.Min!;
            candidates.Remove(next);
            found.Add([.. next]);
        }

        return found;
    }

    private static SearchConstraints SpurConstraints(List<List<Step>> found, List<Step> previous, int spurIndex, string fromId, PathQuery query)
    {
        var blockedActors = new HashSet<string>(StringComparer.Ordinal);
        if (spurIndex > 0)
        {
            blockedActors.Add(fromId);
            for (var i = 0; i < spurIndex - 1; i++)
            {
                blockedActors.Add(previous[i].To);
            }
        }

        var blockedRelationships = found
            .Where(path => path.Count > spurIndex && SharesRoot(path, previous, spurIndex))
            .Select(path => path[spurIndex].Edge.RelationshipId)
            .ToHashSet(StringComparer.Ordinal);
        var notBefore = query.TimeRespecting && spurIndex > 0 ? previous[spurIndex - 1].Edge.EffectiveDate : DateOnly.MinValue;
        return new SearchConstraints(blockedActors, blockedRelationships, query.MaxLength - spurIndex, notBefore);
    }

    private static bool SharesRoot(List<Step> path, List<Step> other, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (path[i].Edge.RelationshipId != other[i].Edge.RelationshipId)
            {
                return false;
            }
        }

        return true;
    }
}

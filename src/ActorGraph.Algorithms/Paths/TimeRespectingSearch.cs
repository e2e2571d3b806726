using ActorGraph.Algorithms.Traversal;

namespace ActorGraph.Algorithms.Paths;

/// <summary>
/// Fewest-hops search over time-respecting paths: paths whose hops' effective dates never decrease
/// (<c>date(hop i+1) &gt;= date(hop i)</c>, and the first hop not before <see cref="SearchConstraints.NotBefore"/>).
/// Reaching an actor late can block a continuation that reaching it earlier allows, so the search runs over
/// (actor, arrival date) states level by level, keeping at each level the earliest arrival per actor and dropping a
/// state when the actor was already reached in fewer hops at a date no later. The fewest-hops walk found this way is
/// a simple path (cutting out a cycle keeps the dates ordered and shortens it). The canonical path is then read
/// greedily, using for each actor the latest date at which a path of the remaining length to the target may start.
/// </summary>
internal sealed class TimeRespectingSearch(WorkCounter work, Adjacency adjacency) : IPathSearch
{
    public async Task<IReadOnlyList<Step>?> FindAsync(string fromId, string toId, SearchConstraints constraints, CancellationToken cancellationToken)
    {
        var earliest = new Dictionary<string, DateOnly>(StringComparer.Ordinal) { [fromId] = constraints.NotBefore };
        var frontier = new Dictionary<string, DateOnly>(StringComparer.Ordinal) { [fromId] = constraints.NotBefore };
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        for (var hops = 0; hops < constraints.MaxHops && frontier.Count > 0; hops++)
        {
            if (!await work.TryExpandAsync(adjacency, frontier.Keys, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            expanded.UnionWith(frontier.Keys);
            var next = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            foreach (var (actorId, arrival) in frontier)
            {
                foreach (var step in Followable(actorId, constraints))
                {
                    var date = step.Edge.EffectiveDate;
                    if (date < arrival || (earliest.TryGetValue(step.To, out var known) && known <= date))
                    {
                        continue;
                    }

                    if (!next.TryGetValue(step.To, out var sooner) || date < sooner)
                    {
                        next[step.To] = date;
                    }
                }
            }

            foreach (var (actorId, arrival) in next)
            {
                earliest[actorId] = arrival;
            }

            if (next.ContainsKey(toId))
            {
                return Assemble(fromId, toId, hops + 1, expanded, constraints);
            }

            frontier = next;
        }

        return null;
    }

    private List<Step> Assemble(string fromId, string toId, int hops, HashSet<string> expanded, SearchConstraints constraints)
    {
        // latestStart[r][v]: the latest first-hop date of a time-respecting path of exactly r hops from v to the target.
        var latestStart = new List<Dictionary<string, DateOnly>> { new(StringComparer.Ordinal) { [toId] = DateOnly.MaxValue } };
        for (var remaining = 1; remaining < hops; remaining++)
        {
            var previous = latestStart[remaining - 1];
            var current = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            foreach (var actorId in expanded)
            {
                foreach (var step in Followable(actorId, constraints))
                {
                    var date = step.Edge.EffectiveDate;
                    if (previous.TryGetValue(step.To, out var latest) && date <= latest && (!current.TryGetValue(actorId, out var best) || date > best))
                    {
                        current[actorId] = date;
                    }
                }
            }

            latestStart.Add(current);
        }

        var path = new List<Step>(hops);
        var at = fromId;
        var notBefore = constraints.NotBefore;
        for (var remaining = hops; remaining > 0; remaining--)
        {
            var onward = latestStart[remaining - 1];
            var step = Followable(at, constraints).First(s =>
                s.Edge.EffectiveDate >= notBefore && onward.TryGetValue(s.To, out var latest) && s.Edge.EffectiveDate <= latest);
            path.Add(step);
            at = step.To;
            notBefore = step.Edge.EffectiveDate;
        }

        return path;
    }

    private IEnumerable<Step> Followable(string actorId, SearchConstraints constraints) =>
        adjacency.StepsFrom(actorId).Where(s =>
            !constraints.BlockedRelationships.Contains(s.Edge.RelationshipId) && !constraints.BlockedActors.Contains(s.To));
}

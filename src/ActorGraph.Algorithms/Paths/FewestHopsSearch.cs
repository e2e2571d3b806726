using ActorGraph.Algorithms.Traversal;

namespace ActorGraph.Algorithms.Paths;

/// <summary>
/// Bidirectional breadth-first search: the side with the smaller frontier expands one whole level per step (one store
/// call); when the level reaches actors the other side reached, every such actor lies on a fewest-hops path. Before
/// expanding a frontier of several actors, the search first asks whether a step joins the two frontiers: if so, the
/// fewest-hops paths are exactly those through such a step, so it stops without reading the frontiers' other edges,
/// which for a frontier holding a hub are thousands. The canonical path is then read greedily from the recorded
/// level-to-level links and the joining steps.
/// </summary>
internal sealed class FewestHopsSearch(WorkCounter work, Adjacency forward, Adjacency backward) : IPathSearch
{
    public async Task<IReadOnlyList<Step>?> FindAsync(string fromId, string toId, SearchConstraints constraints, CancellationToken cancellationToken)
    {
        var start = new Side(fromId, forward, towardsTarget: true);
        var end = new Side(toId, backward, towardsTarget: false);
        while (start.Depth + end.Depth < constraints.MaxHops && start.Frontier.Count > 0 && end.Frontier.Count > 0)
        {
            var side = end.Frontier.Count < start.Frontier.Count ? end : start;
            var other = ReferenceEquals(side, start) ? end : start;
            if (side.Frontier.Count > 1)
            {
                var joins = await JoinsAsync(start, end, constraints, cancellationToken).ConfigureAwait(false);
                if (joins is null)
                {
                    return null;
                }

                if (joins.Count > 0)
                {
                    return Assemble(start, end, joins);
                }

                if (start.Depth + end.Depth + 1 >= constraints.MaxHops)
                {
                    return null;
                }
            }

            if (!await work.TryExpandAsync(side.Adjacency, side.Frontier, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            side.ExpandLevel(constraints);
            var meeting = side.Frontier.Where(other.Distance.ContainsKey).ToHashSet(StringComparer.Ordinal);
            if (meeting.Count > 0)
            {
                return Assemble(start, end, MeetingJoins(start, end, meeting, startExpanded: ReferenceEquals(side, start)));
            }
        }

        return null;
    }

    /// <summary>
    /// The joining steps of a level that met the other side: when the start side expanded, its links into the meeting
    /// actors; when the end side did, the meeting actors' links towards the target.
    /// </summary>
    private static Dictionary<string, List<Step>> MeetingJoins(Side start, Side end, HashSet<string> meeting, bool startExpanded)
    {
        var joins = new Dictionary<string, List<Step>>(StringComparer.Ordinal);
        if (!startExpanded)
        {
            foreach (var actorId in meeting)
            {
                joins[actorId] = end.Links[actorId];
            }

            return joins;
        }

        foreach (var (actorId, links) in start.Links)
        {
            var into = links.Where(s => meeting.Contains(s.To)).ToList();
            if (into.Count > 0)
            {
                joins[actorId] = into;
            }
        }

        return joins;
    }

    /// <summary>
    /// The allowed steps from the start side's frontier to the end side's, grouped by the actor they leave; read from
    /// edges already loaded when a whole frontier is, else in one store call. Null when the work limits cut it.
    /// </summary>
    private async Task<Dictionary<string, List<Step>>?> JoinsAsync(Side start, Side end, SearchConstraints constraints, CancellationToken cancellationToken)
    {
        var from = start.Frontier.ToHashSet(StringComparer.Ordinal);
        var to = end.Frontier.ToHashSet(StringComparer.Ordinal);
        List<Step>? steps;
        if (from.All(forward.IsLoaded))
        {
            steps = [.. from.SelectMany(forward.UnorderedStepsFrom).Where(s => to.Contains(s.To))];
            steps = work.TryCharge(steps.Count) ? steps : null;
        }
        else if (to.All(backward.IsLoaded))
        {
            steps = [.. to.SelectMany(backward.UnorderedStepsFrom).Where(s => from.Contains(s.To)).Select(s => new Step(s.Edge, s.To, s.From))];
            steps = work.TryCharge(steps.Count) ? steps : null;
        }
        else
        {
            steps = await work.TryJoinAsync(forward, from, to, cancellationToken).ConfigureAwait(false);
        }

        if (steps is null)
        {
            return null;
        }

        var joins = new Dictionary<string, List<Step>>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (constraints.BlockedRelationships.Contains(step.Edge.RelationshipId) || constraints.BlockedActors.Contains(step.To))
            {
                continue;
            }

            if (!joins.TryGetValue(step.From, out var leaving))
            {
                leaving = [];
                joins[step.From] = leaving;
            }

            leaving.Add(step);
        }

        return joins;
    }

    /// <summary>Start links down to an actor with a joining step, the first such step, then end links to the target.</summary>
    private static List<Step> Assemble(Side start, Side end, Dictionary<string, List<Step>> joins)
    {
        var leadsToJoin = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool LeadsToJoin(string actorId)
        {
            if (joins.ContainsKey(actorId))
            {
                return true;
            }

            if (!leadsToJoin.TryGetValue(actorId, out var known))
            {
                known = start.Links.TryGetValue(actorId, out var links) && links.Exists(s => LeadsToJoin(s.To));
                leadsToJoin[actorId] = known;
            }

            return known;
        }

        var path = new List<Step>();
        var current = start.Origin;
        while (!joins.ContainsKey(current))
        {
            var step = First(start.Links[current].Where(s => LeadsToJoin(s.To)));
            path.Add(step);
            current = step.To;
        }

        var join = First(joins[current]);
        path.Add(join);
        current = join.To;
        while (current != end.Origin)
        {
            var step = First(end.Links[current]);
            path.Add(step);
            current = step.To;
        }

        return path;
    }

    private static Step First(IEnumerable<Step> steps) =>
        steps.Aggregate((best, next) => Step.CompareKeys(next.Edge, best.Edge) < 0 ? next : best);

    /// <summary>One end of the search. Links are stored in the path's own direction (from start towards target).</summary>
    private sealed class Side(string origin, Adjacency adjacency, bool towardsTarget)
    {
        public string Origin { get; } = origin;

        public Adjacency Adjacency { get; } = adjacency;

        public Dictionary<string, int> Distance { get; } = new(StringComparer.Ordinal) { [origin] = 0 };

        /// <summary>
        /// Start side: for an actor at distance i, its steps to actors at distance i + 1. Target side: for an actor
        /// at distance j + 1 from the target, its steps to actors at distance j.
        /// </summary>
        public Dictionary<string, List<Step>> Links { get; } = new(StringComparer.Ordinal);

        public List<string> Frontier { get; private set; } = [origin];

        public int Depth { get; private set; }

        public void ExpandLevel(SearchConstraints constraints)
        {
            var next = new List<string>();
            foreach (var actorId in Frontier)
            {
                foreach (var step in Adjacency.UnorderedStepsFrom(actorId))
                {
                    if (constraints.BlockedRelationships.Contains(step.Edge.RelationshipId) || constraints.BlockedActors.Contains(step.To))
                    {
                        continue;
                    }

                    if (!Distance.TryGetValue(step.To, out var distance))
                    {
                        distance = Depth + 1;
                        Distance[step.To] = distance;
                        next.Add(step.To);
                    }

                    if (distance == Depth + 1)
                    {
                        var link = towardsTarget ? step : new Step(step.Edge, step.To, step.From);
                        var owner = towardsTarget ? step.From : step.To;
                        if (!Links.TryGetValue(owner, out var links))
                        {
                            links = [];
                            Links[owner] = links;
                        }

                        links.Add(link);
                    }
                }
            }

            Frontier = next;
            Depth++;
        }
    }
}

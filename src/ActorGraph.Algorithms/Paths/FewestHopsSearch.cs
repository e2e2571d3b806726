using ActorGraph.Algorithms.Traversal;

namespace ActorGraph.Algorithms.Paths;

/// <summary>
/// Bidirectional breadth-first search: the side with the smaller frontier expands one whole level per step (one
/// store call). When a level discovers actors the other side already reached, every such actor lies on a
/// fewest-hops path (all at the same distance from the start), so the search stops there; the canonical path is
/// then read greedily from the recorded level-to-level links.
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
            if (!await work.TryExpandAsync(side.Adjacency, side.Frontier, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            side.ExpandLevel(constraints);
            var meeting = side.Frontier.Where(other.Distance.ContainsKey).ToHashSet(StringComparer.Ordinal);
            if (meeting.Count > 0)
            {
                return Assemble(start, end, meeting);
            }
        }

        return null;
    }

    private static List<Step> Assemble(Side start, Side end, HashSet<string> meeting)
    {
        var leadsToMeeting = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool LeadsToMeeting(string actorId)
        {
            if (meeting.Contains(actorId))
            {
                return true;
            }

            if (!leadsToMeeting.TryGetValue(actorId, out var known))
            {
                known = start.Links.TryGetValue(actorId, out var links) && links.Exists(s => LeadsToMeeting(s.To));
                leadsToMeeting[actorId] = known;
            }

            return known;
        }

        var path = new List<Step>();
        var current = start.Origin;
        while (!meeting.Contains(current))
        {
            var step = First(start.Links[current].Where(s => LeadsToMeeting(s.To)));
            path.Add(step);
            current = step.To;
        }

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

using ActorGraph.Algorithms.Traversal;

namespace ActorGraph.Algorithms.Brokers;

/// <summary>
/// Brandes' single-source stage for one party: a breadth-first search that counts shortest paths (sigma, parallel
/// relationships counted separately) and remembers each actor's predecessors on them, level by level.
/// </summary>
internal sealed class ShortestPathCounts(string sourceId, IReadOnlySet<string> parties)
{
    private readonly Dictionary<string, int> _distance = new(StringComparer.Ordinal) { [sourceId] = 0 };
    private readonly Dictionary<string, double> _sigma = new(StringComparer.Ordinal) { [sourceId] = 1 };
    private readonly Dictionary<string, List<string>> _predecessors = new(StringComparer.Ordinal);
    private readonly List<string> _order = [sourceId];
    private int _partiesReached;

    public string SourceId { get; } = sourceId;

    public List<string> Frontier { get; private set; } = [sourceId];

    public int Depth { get; private set; }

    /// <summary>Done once the frontier is empty or every other party is reached: the counts of every actor no farther than them are then final.</summary>
    public bool Done => Frontier.Count == 0 || _partiesReached == parties.Count - 1;

    public void ExpandLevel(Adjacency adjacency)
    {
        var next = new List<string>();
        foreach (var actorId in Frontier)
        {
            var sigma = _sigma[actorId];
            foreach (var step in adjacency.StepsFrom(actorId))
            {
                if (!_distance.TryGetValue(step.To, out var distance))
                {
                    distance = Depth + 1;
                    _distance[step.To] = distance;
                    _sigma[step.To] = 0;
                    _predecessors[step.To] = [];
                    _order.Add(step.To);
                    next.Add(step.To);
                    if (parties.Contains(step.To))
                    {
                        _partiesReached++;
                    }
                }

                if (distance == Depth + 1)
                {
                    _sigma[step.To] += sigma;
                    _predecessors[step.To].Add(actorId);
                }
            }
        }

        Frontier = next;
        Depth++;
    }

    /// <summary>The other parties reached, with their distance and number of shortest paths.</summary>
    public IEnumerable<PartyConnection> Connections() =>
        _order.Where(id => id != SourceId && parties.Contains(id)).Select(id => new PartyConnection(SourceId, id, _distance[id], _sigma[id]));

    /// <summary>
    /// Adds to <paramref name="dependency"/>, for every actor v but the source, the sum over reached parties t of the
    /// share of shortest source–t paths through v (Brandes' accumulation with the targets restricted to the parties).
    /// </summary>
    public void Accumulate(Dictionary<string, double> dependency)
    {
        var delta = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = _order.Count - 1; i > 0; i--)
        {
            var actorId = _order[i];
            var own = delta.GetValueOrDefault(actorId);
            var carried = own + (parties.Contains(actorId) ? 1 : 0);
            var sigma = _sigma[actorId];
            foreach (var predecessor in _predecessors[actorId])
            {
                delta[predecessor] = delta.GetValueOrDefault(predecessor) + (_sigma[predecessor] / sigma * carried);
            }

            if (own > 0)
            {
                dependency[actorId] = dependency.GetValueOrDefault(actorId) + own;
            }
        }
    }
}

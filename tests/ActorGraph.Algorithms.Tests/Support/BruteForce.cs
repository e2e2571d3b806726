using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Algorithms.Tests.Support;

/// <summary>
/// Independent reference answers by enumerating every simple path (depth-first, no pruning), written from the
/// definitions rather than from the algorithms' code.
/// </summary>
internal static class BruteForce
{
    public sealed record Hop(Relationship Relationship, string From, string To);

    /// <summary>Every simple path of 1 to <paramref name="maxLength"/> hops, in the documented order (length, then per hop date and id).</summary>
    public static List<List<Hop>> SimplePaths(
        IReadOnlyList<Relationship> relationships, string from, string to, Direction direction, Func<Relationship, bool> allowed, int maxLength, bool timeRespecting)
    {
        var found = new List<List<Hop>>();
        var path = new List<Hop>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { from };
        void Walk(string at)
        {
            if (at == to)
            {
                found.Add([.. path]);
                return;
            }

            if (path.Count == maxLength)
            {
                return;
            }

            foreach (var hop in Hops(relationships, at, direction, allowed))
            {
                if (visited.Contains(hop.To) || (timeRespecting && path.Count > 0 && hop.Relationship.EffectiveDate < path[^1].Relationship.EffectiveDate))
                {
                    continue;
                }

                visited.Add(hop.To);
                path.Add(hop);
                Walk(hop.To);
                path.RemoveAt(path.Count - 1);
                visited.Remove(hop.To);
            }
        }

        Walk(from);
        found.Sort(ComparePaths);
        return found;
    }

    /// <summary>Broker dependency and score per actor, from every shortest path between every ordered pair of distinct parties.</summary>
    public static (Dictionary<string, double> Dependency, int ConnectedPairs) Brokers(
        IReadOnlyList<Relationship> relationships, IReadOnlyList<string> parties, Direction direction, Func<Relationship, bool> allowed, int maxLength)
    {
        var dependency = new Dictionary<string, double>(StringComparer.Ordinal);
        var pairs = 0;
        foreach (var s in parties)
        {
            foreach (var t in parties.Where(t => t != s))
            {
                var paths = SimplePaths(relationships, s, t, direction, allowed, maxLength, timeRespecting: false);
                if (paths.Count == 0)
                {
                    continue;
                }

                pairs++;
                var shortest = paths.Where(p => p.Count == paths[0].Count).ToList();
                foreach (var path in shortest)
                {
                    foreach (var hop in path.Take(path.Count - 1))
                    {
                        dependency[hop.To] = dependency.GetValueOrDefault(hop.To) + (1.0 / shortest.Count);
                    }
                }
            }
        }

        return (dependency, pairs);
    }

    /// <summary>
    /// The neighbourhood by its definition: levels of a breadth-first search (a level expanded only while fewer actors
    /// than the cap were reached), every edge followed from an expanded actor, actors ranked by distance, degree within
    /// those edges (highest first) and id, the first <paramref name="nodeCap"/> kept with the followed edges among them.
    /// </summary>
    public static (List<(string Id, int Distance, int Degree)> Nodes, List<string> EdgeIds, bool CutByCap) Neighbourhood(
        IReadOnlyList<Relationship> relationships, IReadOnlyList<string> seeds, Direction direction, Func<Relationship, bool> allowed, int depth, int nodeCap)
    {
        var distance = seeds.Distinct().ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        var followed = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var frontier = distance.Keys.ToList();
        var cut = false;
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            if (distance.Count >= nodeCap)
            {
                cut = true;
                break;
            }

            var next = new List<string>();
            foreach (var hop in frontier.SelectMany(at => Hops(relationships, at, direction, allowed)))
            {
                followed[hop.Relationship.Id] = hop.Relationship;
                if (distance.TryAdd(hop.To, level + 1))
                {
                    next.Add(hop.To);
                }
            }

            frontier = next;
        }

        int Degree(string id) => followed.Values.Count(r => r.SourceId == id || r.TargetId == id);
        var ranked = distance.Select(d => (d.Key, Distance: d.Value, Degree: Degree(d.Key)))
            .OrderBy(n => n.Distance).ThenByDescending(n => n.Degree).ThenBy(n => n.Key, StringComparer.Ordinal)
            .ToList();
        var kept = ranked.Take(nodeCap).ToList();
        var keptIds = kept.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var edgeIds = followed.Values.Where(r => keptIds.Contains(r.SourceId) && keptIds.Contains(r.TargetId))
            .Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        return ([.. kept], edgeIds, cut || ranked.Count > nodeCap);
    }

    private static IEnumerable<Hop> Hops(IReadOnlyList<Relationship> relationships, string at, Direction direction, Func<Relationship, bool> allowed)
    {
        foreach (var r in relationships.Where(r => r.SourceId != r.TargetId && allowed(r)))
        {
            var symmetric = RelationshipVocabulary.Default.IsSymmetric(r.Type);
            if (r.SourceId == at && (direction != Direction.In || symmetric))
            {
                yield return new Hop(r, at, r.TargetId);
            }

            if (r.TargetId == at && (direction != Direction.Out || symmetric))
            {
                yield return new Hop(r, at, r.SourceId);
            }
        }
    }

    private static int ComparePaths(List<Hop> x, List<Hop> y)
    {
        if (x.Count != y.Count)
        {
            return x.Count.CompareTo(y.Count);
        }

        for (var i = 0; i < x.Count; i++)
        {
            var byDate = x[i].Relationship.EffectiveDate.CompareTo(y[i].Relationship.EffectiveDate);
            if (byDate != 0)
            {
                return byDate;
            }

            var byId = string.CompareOrdinal(x[i].Relationship.Id, y[i].Relationship.Id);
            if (byId != 0)
            {
                return byId;
            }
        }

        return 0;
    }
}

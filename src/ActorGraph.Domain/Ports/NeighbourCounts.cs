namespace ActorGraph.Domain.Ports;

/// <summary>
/// What <see cref="IGraphReader.CountNeighboursAsync"/> found around a frontier: the edges are counted, not handed over.
/// </summary>
/// <param name="Frontier">For each frontier actor with a counted edge: how many counted edges it has.</param>
/// <param name="Best">The other ends (neither in the frontier nor excluded) with the most counted edges: most first, ties by id (ordinal).</param>
/// <param name="Others">How many other ends there are in all, including those <paramref name="Best"/> leaves out.</param>
/// <param name="Edges">The counted edges whose two ends are both in the frontier or in <paramref name="Best"/>, by relationship id.</param>
public sealed record NeighbourCounts(IReadOnlyDictionary<string, int> Frontier, IReadOnlyList<KeyValuePair<string, int>> Best, int Others, IReadOnlyList<Edge> Edges)
{
    /// <summary>The order of <see cref="Best"/>: the highest count first, ties by id (ordinal).</summary>
    public static int CompareRank(KeyValuePair<string, int> x, KeyValuePair<string, int> y) =>
        x.Value != y.Value ? y.Value.CompareTo(x.Value) : string.CompareOrdinal(x.Key, y.Key);

    /// <summary>
    /// Counts <paramref name="edges"/> (each once; self-relationships and edges without a frontier end are skipped) at
    /// both of their ends, as <see cref="IGraphReader.CountNeighboursAsync"/> describes.
    /// </summary>
    public static NeighbourCounts Tally(IEnumerable<Edge> edges, IReadOnlySet<string> frontier, IReadOnlySet<string> excluded, int limit)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(frontier);
        ArgumentNullException.ThrowIfNull(excluded);
        var own = new Dictionary<string, int>(StringComparer.Ordinal);
        var others = new Dictionary<string, int>(StringComparer.Ordinal);
        var counted = new List<Edge>();
        foreach (var edge in edges)
        {
            var fromSource = frontier.Contains(edge.SourceId);
            var fromTarget = frontier.Contains(edge.TargetId);
            if (edge.SourceId == edge.TargetId || !(fromSource || fromTarget))
            {
                continue;
            }

            Add(fromSource ? own : others, edge.SourceId);
            Add(fromTarget ? own : others, edge.TargetId);
            counted.Add(edge);
        }

        foreach (var id in excluded)
        {
            others.Remove(id);
        }

        var ranked = others.ToList();
        ranked.Sort(CompareRank);
        var best = ranked.Take(Math.Max(limit, 0)).ToList();
        var kept = best.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        bool Kept(string id) => frontier.Contains(id) || kept.Contains(id);
        var among = counted.Where(e => Kept(e.SourceId) && Kept(e.TargetId)).OrderBy(e => e.RelationshipId, StringComparer.Ordinal).ToList();
        return new NeighbourCounts(own, best, others.Count, among);
    }

    private static void Add(Dictionary<string, int> counts, string id) => counts[id] = counts.GetValueOrDefault(id) + 1;
}

namespace ActorGraph.Domain.Ports;

/// <summary>
/// What <see cref="IGraphReader.CountNeighboursAsync"/> found around a frontier: the edges are counted, not handed over.
/// </summary>
/// <param name="Known">For each frontier or excluded actor with a counted edge: how many counted edges it has.</param>
/// <param name="Best">The other ends (neither in the frontier nor excluded) with the most counted edges: most first, ties by id (ordinal).</param>
/// <param name="Others">How many other ends there are in all, including those <paramref name="Best"/> leaves out.</param>
/// <param name="Edges">The counted edges whose two ends are both frontier, excluded or best actors, by relationship id.</param>
public sealed record NeighbourCounts(IReadOnlyDictionary<string, int> Known, IReadOnlyList<KeyValuePair<string, int>> Best, int Others, IReadOnlyList<Edge> Edges)
{
    public static NeighbourCounts None { get; } = new(new Dictionary<string, int>(), [], 0, []);

    /// <summary>The order of <see cref="Best"/>: the highest count first, ties by id (ordinal).</summary>
    public static int CompareRank(KeyValuePair<string, int> x, KeyValuePair<string, int> y) =>
        x.Value != y.Value ? y.Value.CompareTo(x.Value) : string.CompareOrdinal(x.Key, y.Key);

    /// <summary>
    /// Counts <paramref name="edges"/> (the frontier's edges read with the filter, each once; self-relationships are
    /// skipped) at both of their ends, as <see cref="IGraphReader.CountNeighboursAsync"/> describes.
    /// </summary>
    public static NeighbourCounts Tally(IEnumerable<Edge> edges, IReadOnlySet<string> frontier, IReadOnlySet<string> excluded, int limit)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(frontier);
        ArgumentNullException.ThrowIfNull(excluded);
        bool IsKnown(string id) => frontier.Contains(id) || excluded.Contains(id);
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var others = new Dictionary<string, int>(StringComparer.Ordinal);
        var counted = new List<Edge>();
        foreach (var edge in edges)
        {
            if (edge.SourceId == edge.TargetId || !(frontier.Contains(edge.SourceId) || frontier.Contains(edge.TargetId)))
            {
                continue;
            }

            Add(IsKnown(edge.SourceId) ? known : others, edge.SourceId);
            Add(IsKnown(edge.TargetId) ? known : others, edge.TargetId);
            counted.Add(edge);
        }

        var ranked = others.ToList();
        ranked.Sort(CompareRank);
        var best = ranked.Take(Math.Max(limit, 0)).ToList();
        var kept = best.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        bool Kept(string id) => IsKnown(id) || kept.Contains(id);
        var among = counted.Where(e => Kept(e.SourceId) && Kept(e.TargetId)).OrderBy(e => e.RelationshipId, StringComparer.Ordinal).ToList();
        return new NeighbourCounts(known, best, others.Count, among);
    }

    private static void Add(Dictionary<string, int> counts, string id) => counts[id] = counts.GetValueOrDefault(id) + 1;
}

namespace ActorGraph.Domain.Ports;

/// <summary>The two ends of an edge as keys of an <see cref="IKeyedIds"/>.</summary>
public readonly record struct EndKeys(int Source, int Target);

/// <summary>
/// The counting behind <see cref="IGraphReader.CountNeighboursAsync"/>, over edges given as keys: a store can tally
/// light rows and read in full only the edges it keeps. The caller keys the frontier's actors first and the excluded
/// ones next, so that whether an actor is either is a comparison of its key, and an id becomes a string only for the
/// actors the result names.
/// </summary>
/// <param name="Known">For each frontier or excluded actor with a counted edge: how many counted edges it has.</param>
/// <param name="Best">The best other ends, most counted edges first, ties by id (ordinal).</param>
/// <param name="Others">How many other ends there are in all.</param>
/// <param name="Kept">The positions of the counted edges whose two ends are both frontier, excluded or best actors, ascending.</param>
public sealed record NeighbourTally(Dictionary<string, int> Known, List<KeyValuePair<string, int>> Best, int Others, List<int> Kept)
{
    /// <summary>
    /// Counts <paramref name="edges"/> (the frontier's edges read with the filter, each once) at both of their ends.
    /// Self-relationships and edges touching no frontier actor are skipped.
    /// </summary>
    /// <param name="frontierKeys">The keys below this are the frontier's actors.</param>
    /// <param name="knownKeys">The keys below this are the frontier's and the excluded actors (at least <paramref name="frontierKeys"/>).</param>
    public static NeighbourTally Count(IReadOnlyList<EndKeys> edges, IKeyedIds keys, int frontierKeys, int knownKeys, int limit)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(frontierKeys, knownKeys);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(knownKeys, keys.Count);
        var counts = new int[keys.Count];
        var counted = new List<int>();
        for (var i = 0; i < edges.Count; i++)
        {
            var (source, target) = edges[i];
            if (source != target && (source < frontierKeys || target < frontierKeys))
            {
                counts[source]++;
                counts[target]++;
                counted.Add(i);
            }
        }

        var knownCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var key = 0; key < knownKeys; key++)
        {
            if (counts[key] > 0)
            {
                knownCounts.Add(keys.Id(key), counts[key]);
            }
        }

        var others = new List<int>();
        for (var key = knownKeys; key < counts.Length; key++)
        {
            if (counts[key] > 0)
            {
                others.Add(key);
            }
        }

        var best = Ranking.First(others, limit, (x, y) => counts[x] != counts[y] ? counts[y].CompareTo(counts[x]) : keys.CompareIds(x, y));
        var kept = new bool[counts.Length];
        kept.AsSpan(0, knownKeys).Fill(true);
        best.ForEach(key => kept[key] = true);
        return new NeighbourTally(
            knownCounts,
            best.ConvertAll(key => new KeyValuePair<string, int>(keys.Id(key), counts[key])),
            others.Count,
            counted.FindAll(i => kept[edges[i].Source] && kept[edges[i].Target]));
    }
}

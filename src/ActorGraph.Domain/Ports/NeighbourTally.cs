using System.Buffers;

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
    public static NeighbourTally Count(ReadOnlySpan<EndKeys> edges, IKeyedIds keys, int frontierKeys, int knownKeys, int limit)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(frontierKeys, knownKeys);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(knownKeys, keys.Count);

        // Per-key scratch is rented: around a hub it has tens of thousands of entries, which would otherwise be
        // large-object allocations on every call.
        var counts = ArrayPool<int>.Shared.Rent(keys.Count);
        var others = ArrayPool<int>.Shared.Rent(keys.Count);
        var kept = ArrayPool<bool>.Shared.Rent(keys.Count);
        try
        {
            Array.Clear(counts, 0, keys.Count);
            foreach (var (source, target) in edges)
            {
                if (Counted(source, target, frontierKeys))
                {
                    counts[source]++;
                    counts[target]++;
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

            var otherCount = 0;
            for (var key = knownKeys; key < keys.Count; key++)
            {
                if (counts[key] > 0)
                {
                    others[otherCount++] = key;
                }
            }

            var best = Ranking.First(new ArraySegment<int>(others, 0, otherCount), limit, (x, y) => counts[x] != counts[y] ? counts[y].CompareTo(counts[x]) : keys.CompareIds(x, y));
            Array.Fill(kept, true, 0, knownKeys);
            Array.Fill(kept, false, knownKeys, keys.Count - knownKeys);
            best.ForEach(key => kept[key] = true);
            var keptEdges = new List<int>();
            for (var i = 0; i < edges.Length; i++)
            {
                var (source, target) = edges[i];
                if (Counted(source, target, frontierKeys) && kept[source] && kept[target])
                {
                    keptEdges.Add(i);
                }
            }

            return new NeighbourTally(knownCounts, best.ConvertAll(key => new KeyValuePair<string, int>(keys.Id(key), counts[key])), otherCount, keptEdges);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<int>.Shared.Return(others);
            ArrayPool<bool>.Shared.Return(kept);
        }
    }

    private static bool Counted(int source, int target, int frontierKeys) => source != target && (source < frontierKeys || target < frontierKeys);
}

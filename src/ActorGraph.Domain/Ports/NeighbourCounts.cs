using System.Runtime.InteropServices;

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
        var read = edges.ToList();

        // The frontier takes the first keys and the excluded actors the next, as the tally expects.
        var keys = new IdKeys();
        foreach (var id in frontier)
        {
            keys.Key(id);
        }

        var frontierKeys = keys.Count;
        foreach (var id in excluded)
        {
            keys.Key(id);
        }

        var knownKeys = keys.Count;
        var ends = read.ConvertAll(e => new EndKeys(keys.Key(e.SourceId), keys.Key(e.TargetId)));
        var tally = NeighbourTally.Count(CollectionsMarshal.AsSpan(ends), keys, frontierKeys, knownKeys, limit);
        return new NeighbourCounts(tally.Known, tally.Best, tally.Others, [.. tally.Kept.Select(i => read[i]).OrderBy(e => e.RelationshipId, StringComparer.Ordinal)]);
    }
}

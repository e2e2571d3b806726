namespace ActorGraph.Domain.Ports;

/// <summary>The two ends of an edge as <see cref="IdKeys"/> keys.</summary>
public readonly record struct EndKeys(int Source, int Target);

/// <summary>
/// The counting behind <see cref="IGraphReader.CountNeighboursAsync"/>, over edges given as <see cref="IdKeys"/>
/// keys: a store can tally light rows and read in full only the edges it keeps.
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
    public static NeighbourTally Count(IReadOnlyList<EndKeys> edges, IdKeys keys, IReadOnlySet<string> frontier, IReadOnlySet<string> excluded, int limit)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(frontier);
        ArgumentNullException.ThrowIfNull(excluded);
        var ids = keys.Ids;
        var inFrontier = new bool[ids.Count];
        var known = new bool[ids.Count];
        for (var key = 0; key < ids.Count; key++)
        {
            inFrontier[key] = frontier.Contains(ids[key]);
            known[key] = inFrontier[key] || excluded.Contains(ids[key]);
        }

        var counts = new int[ids.Count];
        var counted = new List<int>();
        for (var i = 0; i < edges.Count; i++)
        {
            var (source, target) = edges[i];
            if (source != target && (inFrontier[source] || inFrontier[target]))
            {
                counts[source]++;
                counts[target]++;
                counted.Add(i);
            }
        }

        var knownCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var others = new List<int>();
        for (var key = 0; key < ids.Count; key++)
        {
            if (counts[key] > 0)
            {
                if (known[key])
                {
                    knownCounts.Add(ids[key], counts[key]);
                }
                else
                {
                    others.Add(key);
                }
            }
        }

        KeyValuePair<string, int> Counted(int key) => new(ids[key], counts[key]);
        var best = Ranking.First(others, limit, (x, y) => NeighbourCounts.CompareRank(Counted(x), Counted(y)));
        var kept = (bool[])known.Clone();
        best.ForEach(key => kept[key] = true);
        return new NeighbourTally(
            knownCounts,
            best.ConvertAll(Counted),
            others.Count,
            counted.FindAll(i => kept[edges[i].Source] && kept[edges[i].Target]));
    }
}

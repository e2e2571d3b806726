using ActorGraph.Domain.Ports;

namespace ActorGraph.Algorithms.Neighbourhoods;

/// <summary>Lists of edges sorted by relationship id (ordinal).</summary>
internal static class ByRelationshipId
{
    /// <summary>
    /// The edges of two sorted lists, sorted, an edge in both once: a merge, so that thousands of edges read already in
    /// order are neither hashed nor sorted again.
    /// </summary>
    public static List<Edge> Union(IReadOnlyList<Edge> first, IReadOnlyList<Edge> second)
    {
        var union = new List<Edge>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count || j < second.Count)
        {
            var order = i == first.Count ? 1 : j == second.Count ? -1 : string.CompareOrdinal(first[i].RelationshipId, second[j].RelationshipId);
            union.Add(order <= 0 ? first[i] : second[j]);
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return union;
    }
}

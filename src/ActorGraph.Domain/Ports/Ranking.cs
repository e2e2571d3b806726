namespace ActorGraph.Domain.Ports;

/// <summary>Picks the best few of many without sorting them all: a wide traversal level has thousands of candidates, most met once.</summary>
public static class Ranking
{
    /// <summary>The first <paramref name="count"/> of <paramref name="items"/> in <paramref name="rank"/> order, sorted by it.</summary>
    public static List<T> First<T>(IEnumerable<T> items, int count, Comparison<T> rank)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(rank);
        var worstFirst = new PriorityQueue<T, T>(Math.Max(count, 0) + 1, Comparer<T>.Create((x, y) => rank(y, x)));
        foreach (var item in items)
        {
            if (worstFirst.Count < count)
            {
                worstFirst.Enqueue(item, item);
            }
            else if (count > 0 && rank(item, worstFirst.Peek()) < 0)
            {
                worstFirst.EnqueueDequeue(item, item);
            }
        }

        var first = worstFirst.UnorderedItems.Select(entry => entry.Element).ToList();
        first.Sort(rank);
        return first;
    }
}

using ActorGraph.Algorithms.Traversal;

namespace ActorGraph.Algorithms.Paths;

/// <summary>
/// The order of paths between the same two actors: fewer hops first, then hop by hop from the start by
/// <see cref="Step.CompareKeys"/> (earliest effective date, then relationship id). Two different paths never compare equal.
/// </summary>
internal sealed class PathOrder : IComparer<IReadOnlyList<Step>>
{
    public static PathOrder Instance { get; } = new();

    public int Compare(IReadOnlyList<Step>? x, IReadOnlyList<Step>? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            return x.Count.CompareTo(y.Count);
        }

        for (var i = 0; i < x.Count; i++)
        {
            var byKey = Step.CompareKeys(x[i].Edge, y[i].Edge);
            if (byKey != 0)
            {
                return byKey;
            }
        }

        return 0;
    }
}

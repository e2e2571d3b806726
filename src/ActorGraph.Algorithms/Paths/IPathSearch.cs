using ActorGraph.Algorithms.Traversal;

namespace ActorGraph.Algorithms.Paths;

/// <summary>
/// Finds the canonical fewest-hops path from one actor to another: among the paths with the fewest hops, the one
/// whose hops, compared one by one from the start, come first by <see cref="Step.CompareKeys"/>.
/// Returns null when there is none within the constraints, or when the work limits cut the search.
/// </summary>
internal interface IPathSearch
{
    Task<IReadOnlyList<Step>?> FindAsync(string fromId, string toId, SearchConstraints constraints, CancellationToken cancellationToken);
}

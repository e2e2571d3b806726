namespace ActorGraph.Algorithms.Traversal;

/// <summary>
/// What an algorithm call cost and whether a bound cut its result. <see cref="StoreCalls"/> counts edge reads only:
/// <c>GetEdgesAsync</c> calls (one per traversal level that needed edges not yet read) and <c>GetEdgesBetweenAsync</c>
/// calls (a path search checking whether its two frontiers touch).
/// </summary>
public sealed record WorkReport(int NodesExpanded, int EdgesScanned, int StoreCalls, Truncation? Truncation)
{
    public bool Truncated => Truncation is not null;
}

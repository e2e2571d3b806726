namespace ActorGraph.Algorithms.Traversal;

/// <summary>
/// What an algorithm call cost and whether a bound cut its result. <see cref="StoreCalls"/> counts
/// <c>GetEdgesAsync</c> calls only (one per traversal level that needed edges not yet read).
/// </summary>
public sealed record WorkReport(int NodesExpanded, int EdgesScanned, int StoreCalls, Truncation? Truncation)
{
    public bool Truncated => Truncation is not null;
}

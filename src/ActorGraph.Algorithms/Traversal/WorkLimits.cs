namespace ActorGraph.Algorithms.Traversal;

/// <summary>
/// How much work one algorithm call may do. A node is "expanded" each time a search asks for its edges
/// (a node expanded by two searches of the same call counts twice); an edge is "scanned" each time an
/// expanded node's incident edge is examined, and a path search checking whether its two frontiers touch is charged
/// the joining edges it finds. Limits are checked level by level: a traversal level is processed only if it keeps
/// both counts within the limits, so the counts never exceed them.
/// </summary>
public sealed record WorkLimits(int MaxNodesExpanded = WorkLimits.DefaultMaxNodesExpanded, int MaxEdgesScanned = WorkLimits.DefaultMaxEdgesScanned)
{
    public const int DefaultMaxNodesExpanded = 20_000;

    public const int DefaultMaxEdgesScanned = 1_000_000;

    public static WorkLimits Default { get; } = new();
}

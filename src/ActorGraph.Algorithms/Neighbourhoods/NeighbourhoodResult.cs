using ActorGraph.Algorithms.Traversal;

namespace ActorGraph.Algorithms.Neighbourhoods;

/// <summary>
/// A drawable subgraph: nodes ordered by distance, then degree (highest first), then id; edges ordered by id,
/// each joining two of the nodes.
/// </summary>
public sealed record NeighbourhoodResult(IReadOnlyList<SubgraphNode> Nodes, IReadOnlyList<SubgraphEdge> Edges, WorkReport Work)
{
    public bool Truncated => Work.Truncated;
}

using ActorGraph.Algorithms.Neighbourhoods;

namespace ActorGraph.Server.Exports;

/// <summary>
/// A subgraph to export: the nodes and edges of a neighbourhood, or of the whole graph, in the same shape as the
/// <c>neighbourhood</c> query returns them. <see cref="Truncated"/> says a node cap or work bound cut it.
/// </summary>
public sealed record GraphSnapshot(IReadOnlyList<SubgraphNode> Nodes, IReadOnlyList<SubgraphEdge> Edges, bool Truncated)
{
    /// <summary>The days an edge may denote (its date, else its reported day).</summary>
    public static (DateOnly Start, DateOnly End) Span(SubgraphEdge edge) =>
        (edge.Date?.Start ?? edge.ReportedOn, edge.Date?.End ?? edge.ReportedOn);
}

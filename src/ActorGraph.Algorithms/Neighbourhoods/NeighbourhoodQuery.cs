using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Ports;

namespace ActorGraph.Algorithms.Neighbourhoods;

/// <summary>
/// A request for the actors within <see cref="Depth"/> hops of the seeds and the relationships between them.
/// The filter's direction is read with symmetry, as for paths.
/// </summary>
public sealed record NeighbourhoodQuery
{
    public const int MaxDepth = 4;

    public const int MaxNodeCap = 5_000;

    public required IReadOnlyCollection<string> SeedIds { get; init; }

    /// <summary>How many hops from the seeds (0 to <see cref="MaxDepth"/>); 0 returns the seeds alone.</summary>
    public int Depth { get; init; } = 1;

    public EdgeFilter Filter { get; init; } = EdgeFilter.All;

    /// <summary>The most actors returned (at least the number of seeds, at most <see cref="MaxNodeCap"/>).</summary>
    public int NodeCap { get; init; } = 200;

    public WorkLimits Limits { get; init; } = WorkLimits.Default;
}

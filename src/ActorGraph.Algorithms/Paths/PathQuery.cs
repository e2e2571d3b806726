using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Ports;

namespace ActorGraph.Algorithms.Paths;

/// <summary>
/// A request for the <see cref="Limit"/> shortest simple paths from <see cref="FromId"/> to <see cref="ToId"/>.
/// <see cref="Filter"/> chooses the relationships that may be followed; its <see cref="EdgeFilter.Direction"/> is
/// read with symmetry: symmetric vocabulary types (MEETS) are followed both ways even under Out or In.
/// </summary>
public sealed record PathQuery
{
    public const int MaxMaxLength = 12;

    public const int MaxLimit = 50;

    public required string FromId { get; init; }

    public required string ToId { get; init; }

    public EdgeFilter Filter { get; init; } = EdgeFilter.All;

    /// <summary>The most hops a path may have (1 to <see cref="MaxMaxLength"/>).</summary>
    public int MaxLength { get; init; } = 6;

    /// <summary>How many paths to return (1 to <see cref="MaxLimit"/>): 1 asks for the shortest path only.</summary>
    public int Limit { get; init; } = 1;

    /// <summary>
    /// Only time-respecting paths: each hop's <see cref="Edge.EffectiveDate"/> is not earlier than the previous hop's.
    /// </summary>
    public bool TimeRespecting { get; init; }

    public WorkLimits Limits { get; init; } = WorkLimits.Default;
}

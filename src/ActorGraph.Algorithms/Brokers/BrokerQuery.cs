using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Ports;

namespace ActorGraph.Algorithms.Brokers;

/// <summary>
/// A request for the actors that most often lie on the shortest paths between the given parties, over the
/// relationships the filter allows (its window and types restrict the subgraph; its direction is read with symmetry).
/// </summary>
public sealed record BrokerQuery
{
    public const int MaxParties = 50;

    public const int MaxTop = 100;

    /// <summary>Two or more actors (for example Israel and Hamas).</summary>
    public required IReadOnlyCollection<string> PartyIds { get; init; }

    public EdgeFilter Filter { get; init; } = EdgeFilter.All;

    /// <summary>How many brokers to return (1 to <see cref="MaxTop"/>).</summary>
    public int Top { get; init; } = 10;

    /// <summary>Parties more than this many hops apart count as unconnected (1 to 12).</summary>
    public int MaxLength { get; init; } = 6;

    public WorkLimits Limits { get; init; } = WorkLimits.Default;
}

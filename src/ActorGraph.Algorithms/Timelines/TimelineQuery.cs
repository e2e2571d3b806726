using ActorGraph.Domain.Ports;

namespace ActorGraph.Algorithms.Timelines;

/// <summary>
/// A request for an actor's relationships in time order. The filter's direction is read with symmetry:
/// Out keeps the relationships the actor is the source of, In those it is the target of, and both keep symmetric types.
/// </summary>
public sealed record TimelineQuery
{
    public const int MaxLimit = 10_000;

    public required string ActorId { get; init; }

    public EdgeFilter Filter { get; init; } = EdgeFilter.All;

    /// <summary>The work bound: at most this many relationships are read in full and returned, the earliest ones.</summary>
    public int Limit { get; init; } = 500;
}

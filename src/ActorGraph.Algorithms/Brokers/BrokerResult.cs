using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Actors;

namespace ActorGraph.Algorithms.Brokers;

/// <summary>
/// The top brokers by score (ties by actor id), only actors with a score above zero; the connected ordered party
/// pairs the scores are counted over; and the parties themselves, keyed by the id the query used.
/// </summary>
public sealed record BrokerResult(
    IReadOnlyList<BrokerScore> Brokers,
    IReadOnlyList<PartyConnection> Connections,
    IReadOnlyDictionary<string, Actor> Parties,
    WorkReport Work)
{
    public bool Truncated => Work.Truncated;
}

using ActorGraph.Domain.Actors;

namespace ActorGraph.Algorithms.Brokers;

/// <summary>
/// One broker: <see cref="Dependency"/> is the sum, over connected ordered party pairs (s, t), of the share of
/// shortest s–t paths passing through the actor; <see cref="Score"/> is that sum divided by the number of connected
/// ordered pairs, in [0, 1] (1: on every shortest path between every connected pair).
/// </summary>
public sealed record BrokerScore(int Rank, Actor Actor, double Score, double Dependency)
{
    public string ActorId => Actor.Id;
}

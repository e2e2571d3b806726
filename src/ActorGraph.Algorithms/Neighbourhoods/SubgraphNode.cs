using ActorGraph.Domain.Actors;

namespace ActorGraph.Algorithms.Neighbourhoods;

/// <summary>
/// An actor of a neighbourhood, ready to draw: <see cref="Id"/> is the actor's stable id, <see cref="Label"/> its name,
/// <see cref="Distance"/> its hops from the nearest seed and <see cref="Degree"/> its relationships in the subgraph.
/// </summary>
public sealed record SubgraphNode(string Id, string Label, ActorKind Kind, string? Country, int Distance, int Degree)
{
    public bool IsSeed => Distance == 0;
}

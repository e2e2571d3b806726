using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Algorithms.Paths;

/// <summary>
/// The paths found, shortest first, with every actor on them and every relationship they use (with its evidence),
/// keyed by id. When <see cref="WorkReport.Truncated"/>, the paths listed are correct but more may exist.
/// </summary>
public sealed record PathResult(
    Actor From,
    Actor To,
    IReadOnlyList<GraphPath> Paths,
    IReadOnlyDictionary<string, Actor> Actors,
    IReadOnlyDictionary<string, Relationship> Relationships,
    WorkReport Work)
{
    public bool Truncated => Work.Truncated;
}

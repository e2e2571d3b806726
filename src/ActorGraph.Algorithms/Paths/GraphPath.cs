namespace ActorGraph.Algorithms.Paths;

/// <summary>A simple path (no actor twice) given by its hops, from <see cref="FromId"/> to the last hop's end.</summary>
public sealed record GraphPath(string FromId, IReadOnlyList<PathHop> Hops)
{
    public int Length => Hops.Count;

    /// <summary>The actors along the path, start and end included.</summary>
    public IReadOnlyList<string> ActorIds { get; } = [FromId, .. Hops.Select(h => h.ToId)];

    public IReadOnlyList<string> RelationshipIds { get; } = [.. Hops.Select(h => h.Edge.RelationshipId)];
}

using ActorGraph.Domain.Ports;

namespace ActorGraph.Algorithms.Paths;

/// <summary>One hop of a path: <see cref="Edge"/> followed from <see cref="FromId"/> to <see cref="ToId"/>.</summary>
public sealed record PathHop(Edge Edge, string FromId, string ToId)
{
    /// <summary>False when the hop runs from the relationship's target to its source.</summary>
    public bool AlongStoredDirection => Edge.SourceId == FromId;
}

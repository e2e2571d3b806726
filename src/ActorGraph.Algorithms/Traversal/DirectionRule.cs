using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Algorithms.Traversal;

/// <summary>
/// Which incident edges a traversal may follow from an actor. With <see cref="Direction.Out"/> an edge is
/// followed from its source to its target, with <see cref="Direction.In"/> from its target to its source,
/// with <see cref="Direction.Any"/> either way; an edge of a symmetric vocabulary type (MEETS) is followed
/// either way whatever the direction. Self-relationships are never followed.
/// </summary>
internal sealed class DirectionRule(Direction direction, RelationshipVocabulary vocabulary)
{
    public Direction Direction { get; } = direction;

    /// <summary>The same rule walked backwards (used by the target side of a bidirectional search).</summary>
    public DirectionRule Reversed() => new(
        Direction switch
        {
            Direction.Out => Direction.In,
            Direction.In => Direction.Out,
            _ => Direction.Any,
        },
        vocabulary);

    /// <summary>True when a traversal may follow <paramref name="edge"/> away from <paramref name="from"/>.</summary>
    public bool Allows(Edge edge, string from) => edge.SourceId != edge.TargetId && Faces(edge, from);

    /// <summary>True when <paramref name="edge"/> leaves <paramref name="from"/> in this direction (self-relationships included).</summary>
    public bool Faces(Edge edge, string from) =>
        Direction switch
        {
            Direction.Any => true,
            Direction.Out => edge.SourceId == from || vocabulary.IsSymmetric(edge.Type),
            _ => edge.TargetId == from || vocabulary.IsSymmetric(edge.Type),
        };

    /// <summary>
    /// The direction to ask the store for: stores take direction literally, so unless the type filter rules out
    /// every symmetric type, edges are asked for both ways and this rule filters them.
    /// </summary>
    public Direction StoreDirection(EdgeFilter filter)
    {
        if (Direction == Direction.Any || filter.Types is not { Count: > 0 } types)
        {
            return Direction.Any;
        }

        return types.Any(vocabulary.IsSymmetric) ? Direction.Any : Direction;
    }
}

namespace ActorGraph.Domain.Relationships;

/// <summary>Which way a relationship is followed from a given actor.</summary>
public enum Direction
{
    /// <summary>From the actor as source to the target.</summary>
    Out,

    /// <summary>From the actor as target back to the source.</summary>
    In,

    /// <summary>Either way.</summary>
    Any,
}

namespace ActorGraph.Domain.Relationships;

/// <summary>Whether, according to the source, the relationship actually happened.</summary>
public enum Modality
{
    /// <summary>The source reports it as fact without saying more.</summary>
    Reported,

    /// <summary>It happened and is over.</summary>
    Completed,

    /// <summary>It was going on when the source was written.</summary>
    Ongoing,

    /// <summary>It was scheduled or announced ("is set to visit").</summary>
    Planned,

    /// <summary>It was proposed or called for, not agreed.</summary>
    Proposed,

    /// <summary>Someone denied that it happened.</summary>
    Denied,

    /// <summary>One side refused it.</summary>
    Refused,

    /// <summary>It was planned and then called off.</summary>
    Cancelled,
}

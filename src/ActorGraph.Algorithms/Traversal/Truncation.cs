namespace ActorGraph.Algorithms.Traversal;

/// <summary>Why an algorithm stopped before it had looked at everything it was asked to.</summary>
public enum TruncationReason
{
    /// <summary>Expanding the next level would have exceeded <see cref="WorkLimits.MaxNodesExpanded"/>.</summary>
    NodeLimit,

    /// <summary>Expanding the next level would have exceeded <see cref="WorkLimits.MaxEdgesScanned"/>.</summary>
    EdgeLimit,

    /// <summary>More nodes qualified than the requested node cap; the lowest-ranked were left out.</summary>
    NodeCap,

    /// <summary>More entries qualified than the requested limit; the latest were left out.</summary>
    ResultLimit,
}

/// <summary>Says that a result is incomplete, why, and in words a user can read.</summary>
public sealed record Truncation(TruncationReason Reason, string Message);

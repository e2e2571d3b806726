namespace ActorGraph.Domain.Changes;

/// <summary>
/// One entry of the audit trail: what changed, who changed it and when.
/// <see cref="ActorIds"/> lists the actors the change touches, so the trail can be read per actor.
/// </summary>
public sealed record ChangeRecord(
    long Sequence,
    DateTimeOffset At,
    string Who,
    string Operation,
    string EntityKind,
    string EntityId,
    IReadOnlyList<string> ActorIds,
    string? RequestId,
    string? Details);

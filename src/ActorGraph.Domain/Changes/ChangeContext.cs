namespace ActorGraph.Domain.Changes;

/// <summary>Who makes a change and when; recorded in the audit trail.</summary>
public sealed record ChangeContext(string Who, DateTimeOffset At, string? RequestId = null)
{
    public static ChangeContext System(TimeProvider? clock = null) =>
        new("system", (clock ?? TimeProvider.System).GetUtcNow());
}

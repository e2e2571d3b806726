namespace ActorGraph.Domain.Time;

/// <summary>An inclusive window of days; an open end is <c>null</c>.</summary>
public readonly record struct DateWindow(DateOnly? From, DateOnly? To)
{
    public static DateWindow Unbounded => default;

    public bool IsUnbounded => From is null && To is null;

    public bool Contains(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);
}

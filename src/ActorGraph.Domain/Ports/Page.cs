namespace ActorGraph.Domain.Ports;

/// <summary>
/// One page of an ordered result. <see cref="EndCursor"/> is opaque: pass it back as <c>After</c> for the next page.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, string? EndCursor, bool HasNextPage);

/// <summary>Where a page starts and how long it is.</summary>
public sealed record PageRequest(int First = 50, string? After = null)
{
    public const int MaxPageSize = 500;
}

public enum SortDirection
{
    Ascending,
    Descending,
}

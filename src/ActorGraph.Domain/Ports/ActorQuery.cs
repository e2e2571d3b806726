using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Time;

namespace ActorGraph.Domain.Ports;

public enum ActorOrder
{
    Name,
    Id,

    /// <summary>By number of (non-retracted) relationships: descending lists the most connected first.</summary>
    Degree,
}

/// <summary>A search over actors. Null or empty criteria do not filter.</summary>
public sealed record ActorQuery
{
    /// <summary>Full-text search over names and aliases (prefix matching on words).</summary>
    public string? Search { get; init; }

    public IReadOnlySet<ActorKind>? Kinds { get; init; }

    /// <summary>ISO 3166-1 alpha-3 codes.</summary>
    public IReadOnlySet<string>? Countries { get; init; }

    /// <summary>Only actors that are the source of at least one relationship of this type (for example <c>MEDIATES</c>).</summary>
    public string? ActsAs { get; init; }

    /// <summary>Only actors with at least one (non-retracted) relationship overlapping the window.</summary>
    public DateWindow ActiveIn { get; init; }

    public ActorOrder OrderBy { get; init; } = ActorOrder.Name;

    public SortDirection Direction { get; init; } = SortDirection.Ascending;

    public PageRequest Page { get; init; } = new();
}

namespace ActorGraph.Domain.Ports;

public enum RelationshipOrder
{
    /// <summary>By effective date (event date, else reported day), then id.</summary>
    Date,
    ReportedOn,
    Confidence,
    Id,
}

/// <summary>A search over relationships: the edge filter, the actors they touch, an order and a page.</summary>
public sealed record RelationshipQuery
{
    public EdgeFilter Filter { get; init; } = EdgeFilter.All;

    /// <summary>Only relationships touching one of these actors (seen through <see cref="EdgeFilter.Direction"/>); null means any actor.</summary>
    public IReadOnlyCollection<string>? ActorIds { get; init; }

    /// <summary>With <see cref="ActorIds"/>: only relationships whose other end is one of these actors.</summary>
    public IReadOnlyCollection<string>? CounterpartIds { get; init; }

    public string? EventId { get; init; }

    public RelationshipOrder OrderBy { get; init; } = RelationshipOrder.Date;

    public SortDirection Direction { get; init; } = SortDirection.Ascending;

    public PageRequest Page { get; init; } = new();
}

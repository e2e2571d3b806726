using ActorGraph.Domain.Time;

namespace ActorGraph.Domain.Ports;

/// <summary>A search over events, ordered by date then id.</summary>
public sealed record EventQuery
{
    /// <summary>Only events in which one of these actors takes part.</summary>
    public IReadOnlyCollection<string>? ParticipantIds { get; init; }

    public DateWindow Window { get; init; }

    public PageRequest Page { get; init; } = new();
}

/// <summary>A search over documents, ordered by publication date then id.</summary>
public sealed record DocumentQuery
{
    public DateWindow PublishedIn { get; init; }

    public PageRequest Page { get; init; } = new();
}

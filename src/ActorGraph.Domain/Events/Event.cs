using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Domain.Events;

/// <summary>A meeting, round of talks or mediation track, with its participants in their roles.</summary>
public sealed record Event
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required EventKind Kind { get; init; }

    public FuzzyDate? Date { get; init; }

    public string? Place { get; init; }

    public string? Description { get; init; }

    public Modality Modality { get; init; } = Modality.Reported;

    public IReadOnlyList<EventParticipant> Participants { get; init; } = [];

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Server.Auth;

namespace ActorGraph.Server.GraphQL.Views;

/// <summary>The object type <c>ExternalId</c>.</summary>
public sealed record ExternalIdView(string System, string Value);

/// <summary>The object type <c>Period</c>.</summary>
public sealed record PeriodView(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static PeriodView? Of(FuzzyDate? date) => date is { } d ? new PeriodView(d.Start, d.End, d.Precision) : null;
}

/// <summary>The object type <c>Counterpart</c>; the actor is loaded by key.</summary>
public sealed record CounterpartView(
    string ActorId,
    int RelationshipCount,
    int EvidenceCount,
    IReadOnlyList<string> Types,
    DateOnly FirstSeen,
    DateOnly LastSeen);

/// <summary>The object type <c>Mediation</c>.</summary>
public sealed record MediationView(
    string MediatorId,
    IReadOnlyList<string> PartyIds,
    IReadOnlyList<Relationship> Relationships,
    DateOnly FirstSeen,
    DateOnly LastSeen);

/// <summary>The object type <c>EvidenceSpan</c>.</summary>
public sealed record EvidenceSpanView(int Start, int End, string Quote, Relationship Relationship);

/// <summary>The object type <c>TypeCount</c>.</summary>
public sealed record TypeCountView(string Type, int Count);

/// <summary>The object type <c>Stats</c>.</summary>
public sealed record StatsView(
    int Actors,
    int Relationships,
    int Evidence,
    int Documents,
    int Events,
    int Affiliations,
    IReadOnlyList<TypeCountView> RelationshipsByType,
    DateOnly? EarliestDate,
    DateOnly? LatestDate);

/// <summary>The object type <c>Viewer</c>.</summary>
public sealed record ViewerView(string Name, Role? Role);

namespace ActorGraph.Domain.Ports;

/// <summary>Counts of what the store holds (retracted relationships and merged actors excluded).</summary>
public sealed record GraphStats(
    int Actors,
    int Relationships,
    int Evidence,
    int Documents,
    int Events,
    int Affiliations,
    IReadOnlyDictionary<string, int> RelationshipsByType,
    DateOnly? EarliestDate,
    DateOnly? LatestDate);

using ActorGraph.Domain.Actors;

namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The labels and structural relationship types of the physical model (docs/neo4j.md). Relationship types between
/// actors are the vocabulary codes themselves (MEDIATES, LEADS, ...), created dynamically from the data.
/// </summary>
internal static class GraphModel
{
    public static IReadOnlyList<string> KindLabels { get; } = [.. Enum.GetNames<ActorKind>()];

    public static IReadOnlyList<string> NodeLabels { get; } =
        ["Actor", .. KindLabels, "Claim", "Evidence", "Document", "Event", "Affiliation", "Change", "Sequence", "SchemaVersion"];

    /// <summary>Relationship types that link claims, affiliations, events and evidence (never between two actors).</summary>
    public static IReadOnlyList<string> StructuralRelationshipTypes { get; } =
        ["CLAIM_SOURCE", "CLAIM_TARGET", "HAS_EVIDENCE", "QUOTED_FROM", "PART_OF_EVENT", "PARTICIPATES_IN", "AFFILIATION_MEMBER", "AFFILIATION_ORGANISATION"];
}

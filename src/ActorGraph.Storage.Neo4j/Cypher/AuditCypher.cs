namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>The audit trail: one <c>(:Change)</c> node per change, numbered from a locked <c>(:Sequence)</c> counter.</summary>
internal static class AuditCypher
{
    public const string Append = """
        MERGE (counter:Sequence {name: 'change'})
        ON CREATE SET counter.value = 0
        SET counter.value = counter.value + size($records)
        WITH counter.value - size($records) AS base
        UNWIND range(0, size($records) - 1) AS i
        WITH base, i, $records[i] AS record
        CREATE (:Change {sequence: base + i + 1, at: record.at, who: record.who, operation: record.operation,
                         entityKind: record.entityKind, entityId: record.entityId, actorIds: record.actorIds,
                         requestId: record.requestId, details: record.details})
        RETURN count(*) AS recorded
        """;

    public const string Read = """
        MATCH (change:Change)
        WHERE ($since IS NULL OR change.at >= $since) AND ($actorId IS NULL OR $actorId IN change.actorIds)
        WITH change
        ORDER BY change.sequence ASC
        LIMIT $limit
        RETURN change {.sequence, .at, .who, .operation, .entityKind, .entityId, .actorIds, .requestId, .details} AS change
        """;

    /// <summary>The first <c>$limit</c> changes touching each of <c>$actorIds</c>, oldest first.</summary>
    public const string ReadForActors = """
        UNWIND $actorIds AS actorId
        CALL (actorId) {
          MATCH (change:Change)
          WHERE actorId IN change.actorIds
          WITH change
          ORDER BY change.sequence ASC
          LIMIT $limit
          RETURN collect(change {.sequence, .at, .who, .operation, .entityKind, .entityId, .actorIds, .requestId, .details}) AS changes
        }
        RETURN actorId, changes
        """;
}

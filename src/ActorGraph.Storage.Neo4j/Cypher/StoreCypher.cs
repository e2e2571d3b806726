namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>Statements about the store as a whole: existence checks before writes, counts, health, schema version.</summary>
internal static class StoreCypher
{
    /// <summary>Which of the named records exist, with their import fingerprints (one request for a whole batch).</summary>
    public const string Existing = """
        CALL () {
          MATCH (n:Actor)
          WHERE n.id IN $actorIds
          RETURN 'Actor' AS label, n.id AS id, n.fingerprint AS fingerprint, n.mergedInto AS mergedInto
          UNION ALL
          MATCH (n:Document)
          WHERE n.id IN $documentIds
          RETURN 'Document' AS label, n.id AS id, n.fingerprint AS fingerprint, null AS mergedInto
          UNION ALL
          MATCH (n:Event)
          WHERE n.id IN $eventIds
          RETURN 'Event' AS label, n.id AS id, n.fingerprint AS fingerprint, null AS mergedInto
          UNION ALL
          MATCH (n:Affiliation)
          WHERE n.id IN $affiliationIds
          RETURN 'Affiliation' AS label, n.id AS id, n.fingerprint AS fingerprint, null AS mergedInto
          UNION ALL
          MATCH (n:Claim)
          WHERE n.id IN $relationshipIds
          RETURN 'Claim' AS label, n.id AS id, n.fingerprint AS fingerprint, null AS mergedInto
        }
        RETURN label, id, fingerprint, mergedInto
        """;

    public const string Stats = """
        CALL () {
          MATCH (a:Actor)
          WHERE a.mergedInto IS NULL
          RETURN count(a) AS actors
        }
        CALL () {
          MATCH (c:Claim)
          WHERE c.retractedAt IS NULL
          RETURN count(c) AS relationships, sum(c.evidenceCount) AS evidence, min(c.spanStart) AS earliest, max(c.spanEnd) AS latest
        }
        CALL () {
          MATCH (c:Claim)
          WHERE c.retractedAt IS NULL
          WITH c.type AS type, count(c) AS n
          RETURN collect({type: type, count: n}) AS byType
        }
        CALL () {
          MATCH (d:Document)
          RETURN count(d) AS documents
        }
        CALL () {
          MATCH (ev:Event)
          RETURN count(ev) AS events
        }
        CALL () {
          MATCH (f:Affiliation)
          RETURN count(f) AS affiliations
        }
        RETURN actors, relationships, evidence, documents, events, affiliations, byType, earliest, latest
        """;

    public const string Components = """
        CALL dbms.components() YIELD name, versions, edition
        RETURN name, versions[0] AS version, edition
        """;

    public const string ReadSchemaVersion = """
        OPTIONAL MATCH (v:SchemaVersion {name: 'actorgraph'})
        RETURN v.version AS version
        """;

    public const string RecordSchemaVersion = """
        MERGE (v:SchemaVersion {name: 'actorgraph'})
        SET v.version = $version, v.script = $script, v.appliedAt = datetime()
        RETURN v.version AS version
        """;

    public const string AwaitIndexes = "CALL db.awaitIndexes($timeoutSeconds)";
}

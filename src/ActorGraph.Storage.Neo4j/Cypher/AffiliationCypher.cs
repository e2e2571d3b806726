namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Statements on affiliations: an <c>(:Affiliation)</c> node linked to member, organisation and evidence, plus a typed
/// relationship (LEADS, SERVES_IN, ...) from the member to the organisation for reading in Neo4j Browser.
/// </summary>
internal static class AffiliationCypher
{
    public const string DeleteEdges = """
        UNWIND $ids AS affiliationId
        MATCH (f:Affiliation {id: affiliationId})-[:AFFILIATION_MEMBER]->(m0:Actor)
        OPTIONAL MATCH (m1:Actor {id: m0.mergedInto})
        WITH f, coalesce(m1, m0) AS m
        MATCH (m)-[typed]->(:Actor)
        WHERE typed.affiliationId = f.id
        DELETE typed
        RETURN count(typed) AS deleted
        """;

    public const string Upsert = """
        UNWIND $rows AS row
        MATCH (m0:Actor {id: row.memberId})
        MATCH (o0:Actor {id: row.organisationId})
        MERGE (f:Affiliation {id: row.id})
        SET f.type = row.type, f.title = row.title, f.tenure = row.tenure, f.tenureStart = row.tenureStart, f.tenureEnd = row.tenureEnd,
            f.fingerprint = row.fingerprint
        WITH f, row, m0, o0
        CALL (f) {
          MATCH (f)-[:HAS_EVIDENCE]->(old:Evidence)
          DETACH DELETE old
        }
        CALL (f) {
          MATCH (f)-[old:AFFILIATION_MEMBER|AFFILIATION_ORGANISATION]->()
          DELETE old
        }
        CREATE (f)-[:AFFILIATION_MEMBER]->(m0)
        CREATE (f)-[:AFFILIATION_ORGANISATION]->(o0)
        WITH f, row
        CALL (f, row) {
          UNWIND row.evidence AS item
          MATCH (d:Document {id: item.documentId})
          CREATE (f)-[:HAS_EVIDENCE {ordinal: item.ordinal}]->(:Evidence {documentId: item.documentId, quote: item.quote, start: item.start, end: item.end})-[:QUOTED_FROM]->(d)
        }
        RETURN f.id AS id
        """;

    public const string CreateEdges = """
        UNWIND $ids AS affiliationId
        MATCH (f:Affiliation {id: affiliationId})-[:AFFILIATION_MEMBER]->(m0:Actor)
        MATCH (f)-[:AFFILIATION_ORGANISATION]->(o0:Actor)
        OPTIONAL MATCH (m1:Actor {id: m0.mergedInto})
        OPTIONAL MATCH (o1:Actor {id: o0.mergedInto})
        WITH f, coalesce(m1, m0) AS m, coalesce(o1, o0) AS o
        CREATE (m)-[typed:$(f.type)]->(o)
        SET typed.affiliationId = f.id, typed.title = f.title, typed.tenure = f.tenure
        RETURN count(typed) AS created
        """;

    /// <summary>The affiliations in which one of the actors (or an actor merged into one of them) is member or organisation.</summary>
    public const string GetByActors = """
        CALL () {
          MATCH (asked:Actor)
          WHERE asked.id IN $actorIds
          RETURN collect(DISTINCT coalesce(asked.mergedInto, asked.id)) AS roots
        }
        CALL (roots) {
          UNWIND roots AS rootId
          MATCH (x:Actor {id: rootId})
          RETURN x
          UNION
          UNWIND roots AS rootId
          MATCH (x:Actor {mergedInto: rootId})
          RETURN x
        }
        MATCH (f:Affiliation)-[:AFFILIATION_MEMBER|AFFILIATION_ORGANISATION]->(x)
        WITH DISTINCT f
        MATCH (f)-[:AFFILIATION_MEMBER]->(m0:Actor)
        MATCH (f)-[:AFFILIATION_ORGANISATION]->(o0:Actor)
        RETURN f {.id, .type, .title, .tenure, memberId: coalesce(m0.mergedInto, m0.id), organisationId: coalesce(o0.mergedInto, o0.id),
                  evidence: [(f)-[h:HAS_EVIDENCE]->(e:Evidence) | {documentId: e.documentId, quote: e.quote, start: e.start, end: e.end, ordinal: h.ordinal}]} AS affiliation
        ORDER BY f.id
        """;
}

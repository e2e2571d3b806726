namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>Statements on events and their participants (actors linked by PARTICIPATES_IN with a role).</summary>
internal static class EventCypher
{
    public const string Upsert = """
        UNWIND $rows AS row
        MERGE (ev:Event {id: row.id})
        SET ev.name = row.name, ev.kind = row.kind, ev.date = row.date, ev.dateStart = row.dateStart, ev.dateEnd = row.dateEnd,
            ev.sortDate = row.sortDate, ev.place = row.place, ev.description = row.description, ev.modality = row.modality,
            ev.fingerprint = row.fingerprint
        WITH ev, row
        CALL (ev) {
          MATCH (ev)-[:HAS_EVIDENCE]->(old:Evidence)
          DETACH DELETE old
        }
        CALL (ev) {
          MATCH (:Actor)-[old:PARTICIPATES_IN]->(ev)
          DELETE old
        }
        CALL (ev, row) {
          UNWIND row.participants AS participant
          MATCH (a:Actor {id: participant.actorId})
          CREATE (a)-[:PARTICIPATES_IN {role: participant.role, ordinal: participant.ordinal}]->(ev)
        }
        CALL (ev, row) {
          UNWIND row.evidence AS item
          MATCH (d:Document {id: item.documentId})
          CREATE (ev)-[:HAS_EVIDENCE {ordinal: item.ordinal}]->(:Evidence {documentId: item.documentId, quote: item.quote, start: item.start, end: item.end})-[:QUOTED_FROM]->(d)
        }
        RETURN ev.id AS id
        """;

    public const string GetByIds = """
        MATCH (ev:Event)
        WHERE ev.id IN $ids
        RETURN ev {.id, .name, .kind, .date, .place, .description, .modality,
                   participants: [(p:Actor)-[pi:PARTICIPATES_IN]->(ev) | {actorId: coalesce(p.mergedInto, p.id), role: pi.role, ordinal: pi.ordinal}],
                   evidence: [(ev)-[h:HAS_EVIDENCE]->(e:Evidence) | {documentId: e.documentId, quote: e.quote, start: e.start, end: e.end, ordinal: h.ordinal}]} AS event
        """;

    private const string Matching = """
          MATCH (ev:Event)
          WHERE ($from IS NULL OR ev.dateEnd >= $from)
            AND ($to IS NULL OR ev.dateStart <= $to)
            AND ($participantIds IS NULL OR EXISTS {
              MATCH (p:Actor)-[:PARTICIPATES_IN]->(ev)
              WHERE coalesce(p.mergedInto, p.id) IN roots
            })
        """;

    private const string Roots = """
        CALL () {
          MATCH (asked:Actor)
          WHERE asked.id IN coalesce($participantIds, [])
          RETURN collect(DISTINCT coalesce(asked.mergedInto, asked.id)) AS roots
        }
        """;

    public const string Find = Roots + "\nCALL (roots) {\n" + Matching + "\n" + """
          RETURN count(ev) AS total
        }
        CALL (roots) {
        """ + "\n" + Matching + "\n" + """
          WITH ev, ev.sortDate AS sortKey
          WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND ev.id > $afterId)
          ORDER BY sortKey ASC, ev.id ASC
          LIMIT $limit
          RETURN collect({sortKey: sortKey, event: ev {.id, .name, .kind, .date, .place, .description, .modality,
                   participants: [(p:Actor)-[pi:PARTICIPATES_IN]->(ev) | {actorId: coalesce(p.mergedInto, p.id), role: pi.role, ordinal: pi.ordinal}],
                   evidence: [(ev)-[h:HAS_EVIDENCE]->(e:Evidence) | {documentId: e.documentId, quote: e.quote, start: e.start, end: e.end, ordinal: h.ordinal}]}}) AS items
        }
        RETURN total, items
        """;
}

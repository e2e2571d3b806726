namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Statements on relationships. Each claim is a <c>(:Claim)</c> node linked to the actors it names, its evidence
/// and its event; a typed relationship between the (merge-resolved) actors carries the properties traversals need.
/// </summary>
internal static class RelationshipCypher
{
    /// <summary>Removes the typed relationships of these claims (found from their resolved source actor).</summary>
    public const string DeleteEdges = """
        UNWIND $ids AS claimId
        MATCH (c:Claim {id: claimId})-[:CLAIM_SOURCE]->(s0:Actor)
        OPTIONAL MATCH (s1:Actor {id: s0.mergedInto})
        WITH c, coalesce(s1, s0) AS s
        MATCH (s)-[typed]->(:Actor)
        WHERE typed.claimId = c.id
        DELETE typed
        RETURN count(typed) AS deleted
        """;

    /// <summary>Writes the claim nodes with their actor, event and evidence links; returns the ids written.</summary>
    public const string UpsertClaims = """
        UNWIND $rows AS row
        MATCH (s0:Actor {id: row.sourceId})
        MATCH (t0:Actor {id: row.targetId})
        MERGE (c:Claim {id: row.id})
        SET c += row.properties
        WITH c, row, s0, t0
        CALL (c) {
          MATCH (c)-[:HAS_EVIDENCE]->(old:Evidence)
          DETACH DELETE old
        }
        CALL (c) {
          MATCH (c)-[old:CLAIM_SOURCE|CLAIM_TARGET|PART_OF_EVENT]->()
          DELETE old
        }
        CREATE (c)-[:CLAIM_SOURCE]->(s0)
        CREATE (c)-[:CLAIM_TARGET]->(t0)
        WITH c, row
        CALL (c, row) {
          UNWIND row.evidence AS item
          MATCH (d:Document {id: item.documentId})
          CREATE (c)-[:HAS_EVIDENCE {ordinal: item.ordinal}]->(:Evidence {documentId: item.documentId, quote: item.quote, start: item.start, end: item.end})-[:QUOTED_FROM]->(d)
        }
        CALL (c, row) {
          MATCH (ev:Event {id: row.eventId})
          CREATE (c)-[:PART_OF_EVENT]->(ev)
        }
        RETURN c.id AS id
        """;

    /// <summary>Creates the typed relationship of each claim between its source and target as resolved through merges.</summary>
    public const string CreateEdges = """
        UNWIND $ids AS claimId
        MATCH (c:Claim {id: claimId})-[:CLAIM_SOURCE]->(s0:Actor)
        MATCH (c)-[:CLAIM_TARGET]->(t0:Actor)
        OPTIONAL MATCH (s1:Actor {id: s0.mergedInto})
        OPTIONAL MATCH (t1:Actor {id: t0.mergedInto})
        WITH c, coalesce(s1, s0) AS s, coalesce(t1, t0) AS t
        CREATE (s)-[typed:$(c.type)]->(t)
        SET typed.claimId = c.id, typed.date = c.date, typed.spanStart = c.spanStart, typed.spanEnd = c.spanEnd,
            typed.reportedOn = c.reportedOn, typed.modality = c.modality, typed.confidence = c.confidence,
            typed.attribution = c.attribution, typed.evidenceCount = c.evidenceCount, typed.documentIds = c.documentIds,
            typed.eventId = c.eventId, typed.retracted = c.retractedAt IS NOT NULL
        RETURN count(typed) AS created
        """;

    /// <summary>Marks a claim and its typed relationship retracted; returns whether it already was, and the actors it links.</summary>
    public const string Retract = """
        MATCH (c:Claim {id: $id})-[:CLAIM_SOURCE]->(s0:Actor)
        MATCH (c)-[:CLAIM_TARGET]->(t0:Actor)
        WITH c, s0, t0, c.retractedAt IS NOT NULL AS wasRetracted
        SET c.retractedReason = $reason, c.retractedAt = $at, c.retractedBy = $by
        WITH c, s0, t0, wasRetracted
        OPTIONAL MATCH (s1:Actor {id: s0.mergedInto})
        WITH c, s0, t0, wasRetracted, coalesce(s1, s0) AS s
        CALL (c, s) {
          MATCH (s)-[typed]->(:Actor)
          WHERE typed.claimId = c.id
          SET typed.retracted = true
        }
        RETURN c.id AS id, wasRetracted, [coalesce(s0.mergedInto, s0.id), coalesce(t0.mergedInto, t0.id)] AS actorIds
        """;

    /// <summary>The full claims with their evidence; actor ids are resolved to survivors.</summary>
    public const string GetByIds = """
        MATCH (c:Claim)
        WHERE c.id IN $ids
        """ + "\n" + ClaimRow;

    /// <summary>The full claims quoting each of <c>$documentIds</c> (retracted ones when <c>$includeRetracted</c>), with the document quoted.</summary>
    public const string GetCiting = """
        UNWIND $documentIds AS documentId
        MATCH (:Document {id: documentId})<-[:QUOTED_FROM]-(:Evidence)<-[:HAS_EVIDENCE]-(c:Claim)
        WHERE $includeRetracted OR c.retractedReason IS NULL
        WITH DISTINCT documentId, c
        """ + "\n" + ClaimRow + ", documentId";

    /// <summary>Projects the claim <c>c</c> (with its ends resolved to survivors and its evidence) as <c>claim</c>.</summary>
    private const string ClaimRow = """
        MATCH (c)-[:CLAIM_SOURCE]->(s0:Actor)
        MATCH (c)-[:CLAIM_TARGET]->(t0:Actor)
        RETURN c {.id, .type, .date, .reportedOn, .place, .modality, .attribution, .confidence, .eventId,
                  .retractedReason, .retractedAt, .retractedBy,
                  sourceId: coalesce(s0.mergedInto, s0.id), targetId: coalesce(t0.mergedInto, t0.id),
                  evidence: [(c)-[h:HAS_EVIDENCE]->(e:Evidence) | {documentId: e.documentId, quote: e.quote, start: e.start, end: e.end, ordinal: h.ordinal}]} AS claim
        """;

    /// <summary>
    /// The typed relationships passing the edge filter. With <c>$actorIds</c> the search starts at those actors (after
    /// resolving merged ids) and follows <c>$direction</c>; without, it scans every relationship.
    /// </summary>
    private const string Matching = """
        CALL () {
          MATCH (asked:Actor)
          WHERE asked.id IN coalesce($actorIds, [])
          RETURN collect(DISTINCT coalesce(asked.mergedInto, asked.id)) AS roots
        }
        CALL () {
          MATCH (asked:Actor)
          WHERE asked.id IN coalesce($counterpartIds, [])
          RETURN collect(DISTINCT coalesce(asked.mergedInto, asked.id)) AS counterparts
        }
        CALL (roots) {
          UNWIND roots AS rootId
          MATCH (:Actor {id: rootId})-[r]-(:Actor)
          RETURN r
          UNION
          WITH roots
          WHERE $actorIds IS NULL
          MATCH (:Actor)-[r]->(:Actor)
          RETURN r
        }
        WITH DISTINCT r, startNode(r) AS s, endNode(r) AS t, roots, counterparts
        WHERE r.claimId IS NOT NULL
          AND ($types IS NULL OR type(r) IN $types)
          AND ($includeRetracted OR r.retracted = false)
          AND ($from IS NULL OR r.spanEnd >= $from)
          AND ($to IS NULL OR r.spanStart <= $to)
          AND ($modalities IS NULL OR r.modality IN $modalities)
          AND r.confidence >= $minConfidence
          AND ($documentId IS NULL OR $documentId IN r.documentIds)
          AND ($eventId IS NULL OR r.eventId = $eventId)
          AND ($actorIds IS NULL
            OR ($direction <> 'In' AND s.id IN roots AND ($counterpartIds IS NULL OR t.id IN counterparts))
            OR ($direction <> 'Out' AND t.id IN roots AND ($counterpartIds IS NULL OR s.id IN counterparts)))
        """;

    /// <summary>Neighbour expansion of a whole traversal level in one request.</summary>
    public const string GetEdges = Matching + "\n" + """
        RETURN r.claimId AS id, type(r) AS type, s.id AS sourceId, t.id AS targetId, r.date AS date, r.reportedOn AS reportedOn,
               r.modality AS modality, r.confidence AS confidence, r.evidenceCount AS evidenceCount
        ORDER BY id
        """;

    /// <summary>
    /// <see cref="Domain.Ports.IGraphReader.CountNeighboursAsync"/> in one request: the frontier's edges (direction
    /// taken literally, as for <see cref="GetEdges"/>) are counted at both ends inside the database, in one grouping; only the counts of
    /// the frontier and <c>$excluded</c> actors, the best <c>$limit</c> other ends, their number and the edges among the
    /// kept actors come back.
    /// </summary>
    public const string CountNeighbours = Matching + "\n" + """
        WITH roots, collect(CASE WHEN s.id <> t.id THEN {id: r.claimId, type: type(r), sourceId: s.id, targetId: t.id, date: r.date,
                                 reportedOn: r.reportedOn, modality: r.modality, confidence: r.confidence, evidenceCount: r.evidenceCount} END) AS counted
        CALL (roots, counted) {
          UNWIND counted AS e
          UNWIND [e.sourceId, e.targetId] AS endId
          WITH endId, count(*) AS n
          ORDER BY n DESC, endId ASC
          WITH collect({id: endId, count: n, known: endId IN roots OR endId IN $excluded}) AS ends
          RETURN [x IN ends WHERE x.known | {id: x.id, count: x.count}] AS known,
                 [x IN ends WHERE NOT x.known | {id: x.id, count: x.count}] AS ranked
        }
        WITH known, size(ranked) AS others, ranked[0..$limit] AS best, counted, roots
        WITH known, others, best, counted, roots + $excluded + [b IN best | b.id] AS kept
        RETURN known, others, best, [e IN counted WHERE e.sourceId IN kept AND e.targetId IN kept] AS edges
        """;

    private const string Sorting = """
        WITH r, s, t, CASE $orderBy
            WHEN 'ReportedOn' THEN r.reportedOn
            WHEN 'Confidence' THEN r.confidence
            WHEN 'Id' THEN r.claimId
            ELSE r.spanStart
          END AS sortKey
        """;

    private const string PageStart = "CALL () {\n" + Matching + "\nRETURN count(r) AS total\n}\nCALL () {\n" + Matching + "\n" + Sorting + "\n";

    private const string PageEnd = """
          LIMIT $limit
          RETURN collect({sortKey: sortKey, claim: COLLECT {
            MATCH (c:Claim {id: r.claimId})
            RETURN c {.id, .type, .date, .reportedOn, .place, .modality, .attribution, .confidence, .eventId,
                      .retractedReason, .retractedAt, .retractedBy, sourceId: s.id, targetId: t.id,
                      evidence: [(c)-[h:HAS_EVIDENCE]->(e:Evidence) | {documentId: e.documentId, quote: e.quote, start: e.start, end: e.end, ordinal: h.ordinal}]}
          }[0]}) AS items
        }
        RETURN total, items
        """;

    public const string FindAscending = PageStart + """
          WITH r, s, t, sortKey
          WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND r.claimId > $afterId)
          ORDER BY sortKey ASC, r.claimId ASC
        """ + "\n" + PageEnd;

    public const string FindDescending = PageStart + """
          WITH r, s, t, sortKey
          WHERE $afterKey IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND r.claimId < $afterId)
          ORDER BY sortKey DESC, r.claimId DESC
        """ + "\n" + PageEnd;
}

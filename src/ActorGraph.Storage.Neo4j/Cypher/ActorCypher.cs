namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>Statements on actors: upsert, batched read, alias conflicts, full-text search and keyset pages.</summary>
internal static class ActorCypher
{
    public const string Upsert = """
        UNWIND $rows AS row
        MERGE (a:Actor {id: row.id})
        REMOVE a:$($kindLabels)
        SET a:$(row.kind), a.name = row.name, a.aliases = row.aliases, a.searchText = row.searchText, a.aliasKeys = row.aliasKeys,
            a.kind = row.kind, a.country = row.country, a.description = row.description, a.externalIds = row.externalIds,
            a.fingerprint = row.fingerprint
        RETURN a.id AS id
        """;

    /// <summary>Other unmerged actors already using one of the aliases (compared case-insensitively).</summary>
    public const string AliasConflicts = """
        UNWIND $rows AS row
        MATCH (other:Actor)
        WHERE other.id <> row.id AND other.mergedInto IS NULL AND any(k IN row.aliasKeys WHERE k IN other.aliasKeys)
        RETURN row.id AS id, other.id AS otherId, [k IN row.aliasKeys WHERE k IN other.aliasKeys] AS aliases
        """;

    /// <summary>Each id asked for, with the actor it resolves to (its survivor when merged).</summary>
    public const string GetByIds = """
        MATCH (asked:Actor)
        WHERE asked.id IN $ids
        OPTIONAL MATCH (survivor:Actor {id: asked.mergedInto})
        WITH asked, coalesce(survivor, asked) AS a
        RETURN asked.id AS askedId, a {.id, .name, .aliases, .kind, .country, .description, .externalIds, .mergedInto} AS actor
        """;

    private const string Matching = """
        CALL () {
          WITH $search AS search
          WHERE search IS NOT NULL
          CALL db.index.fulltext.queryNodes('actor_names', search) YIELD node
          RETURN node AS candidate
          UNION
          WITH $search AS search
          WHERE search IS NULL
          MATCH (candidate:Actor)
          RETURN candidate
        }
        WITH candidate AS a
        WHERE a:Actor AND a.mergedInto IS NULL
          AND ($kinds IS NULL OR a.kind IN $kinds)
          AND ($countries IS NULL OR a.country IN $countries)
          AND ($actsAs IS NULL OR EXISTS { MATCH (a)-[r]->(:Actor) WHERE type(r) = $actsAs AND r.claimId IS NOT NULL AND r.retracted = false })
          AND (($from IS NULL AND $to IS NULL) OR EXISTS {
            MATCH (a)-[r]-(:Actor)
            WHERE r.claimId IS NOT NULL AND r.retracted = false AND ($from IS NULL OR r.spanEnd >= $from) AND ($to IS NULL OR r.spanStart <= $to)
          })
        WITH a, CASE $orderBy
            WHEN 'Id' THEN a.id
            WHEN 'Degree' THEN COUNT { (a)-[r]-(:Actor) WHERE r.claimId IS NOT NULL AND r.retracted = false }
            ELSE a.name
          END AS sortKey
        """;

    private const string PageStart = "CALL () {\n" + Matching + "\nRETURN count(a) AS total\n}\nCALL () {\n" + Matching + "\n";

    private const string PageEnd = """
          LIMIT $limit
          RETURN collect({actor: a {.id, .name, .aliases, .kind, .country, .description, .externalIds, .mergedInto}, sortKey: sortKey}) AS items
        }
        RETURN total, items
        """;

    public const string FindAscending = PageStart + """
          WITH a, sortKey
          WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND a.id > $afterId)
          ORDER BY sortKey ASC, a.id ASC
        """ + "\n" + PageEnd;

    public const string FindDescending = PageStart + """
          WITH a, sortKey
          WHERE $afterKey IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND a.id < $afterId)
          ORDER BY sortKey DESC, a.id DESC
        """ + "\n" + PageEnd;
}

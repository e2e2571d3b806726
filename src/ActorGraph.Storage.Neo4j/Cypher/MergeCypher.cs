namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Merging keeps every claim linked to the actors its source named; only the typed relationships between actors
/// move to the survivor. What a merge changed is kept on the merged node, so that undoing it restores it exactly.
/// </summary>
internal static class MergeCypher
{
    /// <summary>For each actor: what it is merged into, which actors it absorbed, and which actors now point at it.</summary>
    public const string State = """
        MATCH (x:Actor)
        WHERE x.id IN $ids
        RETURN x.id AS id, x.mergedInto AS mergedInto, coalesce(x.absorbedIds, []) AS absorbedIds,
               COLLECT { MATCH (y:Actor {mergedInto: x.id}) RETURN y.id } AS mergedHere
        """;

    /// <summary>The claims and affiliations that name one of these actors directly.</summary>
    public const string Touching = """
        MATCH (c:Claim)-[:CLAIM_SOURCE|CLAIM_TARGET]->(x:Actor)
        WHERE x.id IN $actorIds
        RETURN DISTINCT 'claim' AS kind, c.id AS id
        UNION
        MATCH (f:Affiliation)-[:AFFILIATION_MEMBER|AFFILIATION_ORGANISATION]->(x:Actor)
        WHERE x.id IN $actorIds
        RETURN DISTINCT 'affiliation' AS kind, f.id AS id
        """;

    public const string Merge = """
        MATCH (survivor:Actor {id: $survivorId})
        MATCH (merged:Actor {id: $mergedId})
        WITH survivor, merged,
             [name IN [merged.name] + coalesce(merged.aliases, []) WHERE name <> survivor.name AND NOT name IN coalesce(survivor.aliases, [])] AS added
        WITH survivor, merged, added, coalesce(survivor.aliases, []) + added AS aliases
        SET merged.mergedInto = survivor.id, merged.absorbedIds = $absorbedIds, merged.aliasesGiven = added,
            merged.survivorSearchText = survivor.searchText, survivor.searchText = survivor.searchText + ' | ' + merged.searchText,
            survivor.aliases = aliases, survivor.aliasKeys = [name IN aliases | toLower(name)]
        WITH survivor
        CALL (survivor) {
          MATCH (absorbed:Actor)
          WHERE absorbed.id IN $absorbedIds
          SET absorbed.mergedInto = survivor.id
        }
        RETURN survivor.id AS id
        """;

    public const string Undo = """
        MATCH (merged:Actor {id: $mergedId})
        MATCH (survivor:Actor {id: merged.mergedInto})
        WITH merged, survivor, [name IN coalesce(survivor.aliases, []) WHERE NOT name IN coalesce(merged.aliasesGiven, [])] AS aliases
        SET survivor.aliases = aliases, survivor.aliasKeys = [name IN aliases | toLower(name)],
            survivor.searchText = merged.survivorSearchText, merged.mergedInto = null
        WITH merged, survivor
        CALL (merged) {
          MATCH (absorbed:Actor)
          WHERE absorbed.id IN coalesce(merged.absorbedIds, [])
          SET absorbed.mergedInto = merged.id
        }
        REMOVE merged.absorbedIds, merged.aliasesGiven, merged.survivorSearchText
        RETURN merged.id AS id, survivor.id AS survivorId
        """;
}

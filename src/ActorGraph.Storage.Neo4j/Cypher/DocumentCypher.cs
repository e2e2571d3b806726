namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>Statements on source documents.</summary>
internal static class DocumentCypher
{
    public const string Upsert = """
        UNWIND $rows AS row
        MERGE (d:Document {id: row.id})
        SET d.title = row.title, d.publisher = row.publisher, d.publishedOn = row.publishedOn, d.language = row.language,
            d.url = row.url, d.kind = row.kind, d.text = row.text, d.fingerprint = row.fingerprint
        RETURN d.id AS id
        """;

    public const string GetByIds = """
        MATCH (d:Document)
        WHERE d.id IN $ids
        RETURN d {.id, .title, .publisher, .publishedOn, .language, .url, .kind, .text} AS document
        """;

    private const string PageStart = """
        CALL () {
          MATCH (d:Document)
          WHERE ($from IS NULL OR d.publishedOn >= $from) AND ($to IS NULL OR d.publishedOn <= $to)
          RETURN count(d) AS total
        }
        CALL () {
          MATCH (d:Document)
          WHERE ($from IS NULL OR d.publishedOn >= $from) AND ($to IS NULL OR d.publishedOn <= $to)
          WITH d, d.publishedOn AS sortKey
        """;

    private const string PageEnd = """
          LIMIT $limit
          RETURN collect({sortKey: sortKey, document: d {.id, .title, .publisher, .publishedOn, .language, .url, .kind, .text}}) AS items
        }
        RETURN total, items
        """;

    public const string Find = PageStart + "\n" + """
          WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND d.id > $afterId)
          ORDER BY sortKey ASC, d.id ASC
        """ + "\n" + PageEnd;
}

using System.Globalization;
using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using ActorGraph.Storage.Sqlite.Queries;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>
/// <see cref="IGraphReader.CountNeighboursAsync"/> in one statement: SQLite walks the frontier's covering indexes,
/// counts the ends and keeps the best of them, so a hub's tens of thousands of edges never become rows in .NET.
/// </summary>
internal static class NeighbourCountReads
{
    public static NeighbourCounts Around(SqlSession session, IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> excluded, EdgeFilter filter, int limit)
    {
        var frontier = new Dictionary<string, int>(StringComparer.Ordinal);
        var best = new List<KeyValuePair<string, int>>();
        if (actorIds.Count == 0)
        {
            return new NeighbourCounts(frontier, best, 0, []);
        }

        var sql = new SqlConditions();
        sql.With(EdgeReads.Resolved("wanted", sql, actorIds))
            .With($"excluded(id) AS (SELECT value FROM json_each({sql.Parameter(Codec.JsonList(excluded))}))")
            .AddFilter(filter)
            .Where("r.source_id <> r.target_id");

        // Each frontier actor's count is its edges out plus its edges in: SQLite groups both arms in index order, without
        // sorting. The other ends' edges are kept aside once; grouping them ranks the ends (the window counts them all
        // before the limit keeps the best), and the row ids of the best ends' edges, and of the edges inside the
        // frontier, come back with the counts.
        string Arm(string select, string condition) => $"SELECT {select} FROM relationships r {sql.WhereClause(condition)}";
        var select = $"""
            {sql.WithClause},
            outward(id, row_id) AS MATERIALIZED (
                SELECT * FROM ({Arm("r.target_id AS id, r.row_id", "r.source_id IN wanted")} UNION ALL {Arm("r.source_id, r.row_id", "r.target_id IN wanted")})
                WHERE id NOT IN wanted AND id NOT IN excluded),
            best(id, n, total) AS MATERIALIZED (
                SELECT id, COUNT(*) AS n, COUNT(*) OVER () FROM outward GROUP BY id ORDER BY n DESC, id LIMIT {sql.Parameter(Math.Max(limit, 1))})
            {Arm("r.source_id, COUNT(*), NULL, NULL", "r.source_id IN wanted")} GROUP BY r.source_id
            UNION ALL
            {Arm("r.target_id, COUNT(*), NULL, NULL", "r.target_id IN wanted")} GROUP BY r.target_id
            UNION ALL
            {Arm("NULL, NULL, NULL, group_concat(r.row_id)", "r.source_id IN wanted AND +r.target_id IN wanted")}
            UNION ALL
            SELECT id, n, total, NULL FROM best
            UNION ALL
            SELECT NULL, NULL, NULL, group_concat(row_id) FROM outward WHERE id IN (SELECT id FROM best ORDER BY n DESC, id LIMIT {sql.Parameter(Math.Max(limit, 0))});
            """;
        var others = 0;
        var rowIds = new List<long>();
        using (var command = sql.Command(session, select))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (reader.IsDBNull(0))
                {
                    AddRowIds(rowIds, reader.IsDBNull(3) ? null : reader.GetString(3));
                }
                else if (reader.IsDBNull(2))
                {
                    var id = reader.GetString(0);
                    frontier[id] = frontier.GetValueOrDefault(id) + reader.GetInt32(1);
                }
                else
                {
                    others = reader.GetInt32(2);
                    if (best.Count < limit)
                    {
                        best.Add(new KeyValuePair<string, int>(reader.GetString(0), reader.GetInt32(1)));
                    }
                }
            }
        }

        best.Sort(NeighbourCounts.CompareRank);
        return new NeighbourCounts(frontier, best, others, EdgeReads.ByRowIds(session, rowIds));
    }

    private static void AddRowIds(List<long> rowIds, string? commaSeparated)
    {
        if (string.IsNullOrEmpty(commaSeparated))
        {
            return;
        }

        var text = commaSeparated.AsSpan();
        foreach (var range in text.Split(','))
        {
            rowIds.Add(long.Parse(text[range], CultureInfo.InvariantCulture));
        }
    }
}

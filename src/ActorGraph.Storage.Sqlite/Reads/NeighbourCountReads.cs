using System.Globalization;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using ActorGraph.Storage.Sqlite.Queries;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>
/// <see cref="IGraphReader.CountNeighboursAsync"/> in one statement: SQLite walks the frontier's covering indexes,
/// counts the ends and keeps the best of them, so a hub's tens of thousands of edges never become rows in .NET.
/// Direction is taken literally, as in <see cref="EdgeReads.Around"/>.
/// </summary>
internal static class NeighbourCountReads
{
    public static NeighbourCounts Around(SqlSession session, IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> excluded, EdgeFilter filter, int limit)
    {
        if (actorIds.Count == 0)
        {
            return NeighbourCounts.None;
        }

        var sql = new SqlConditions();
        sql.With(EdgeReads.Resolved("wanted", sql, actorIds))
            .With($"excluded(id) AS (SELECT value FROM json_each({sql.Parameter(Codec.JsonList(excluded))}))")
            .AddFilter(filter)
            .Where("r.source_id <> r.target_id");

        // A frontier actor's count is grouped in the order of the index its arm walks, without sorting: its edges out
        // plus its edges in, or, when one direction is asked for, its edges that way plus those reaching it that way
        // from another frontier actor. The edges' other ends are kept aside once and grouped: the excluded ones are
        // counted, the rest ranked (the window counts them all before the limit keeps the best). The row ids of the
        // kept ends' edges, and of the edges inside the frontier, come back with the counts.
        string Arm(string select, string condition) => $"SELECT {select} FROM relationships r {sql.WhereClause(condition)}";
        string Counted(string end, string condition) => $"{Arm($"r.{end}, COUNT(*), NULL, NULL", condition)} GROUP BY r.{end}";
        const string outward = "r.source_id IN wanted";
        const string inward = "r.target_id IN wanted";
        const string inside = "r.source_id IN wanted AND +r.target_id IN wanted";
        var outwardEnds = Arm("r.target_id AS id, r.row_id", outward);
        var inwardEnds = Arm("r.source_id AS id, r.row_id", inward);
        var (frontierCounts, otherEnds) = filter.Direction switch
        {
            Direction.Out => ($"{Counted("source_id", outward)}\nUNION ALL\n{Counted("target_id", inside)}", outwardEnds),
            Direction.In => ($"{Counted("target_id", inward)}\nUNION ALL\n{Counted("source_id", inside)}", inwardEnds),
            _ => ($"{Counted("source_id", outward)}\nUNION ALL\n{Counted("target_id", inward)}", $"{outwardEnds} UNION ALL {inwardEnds}"),
        };
        var select = $"""
            {sql.WithClause},
            ends(id, row_id) AS MATERIALIZED (SELECT * FROM ({otherEnds}) WHERE id NOT IN wanted),
            best(id, n, total) AS MATERIALIZED (
                SELECT id, COUNT(*) AS n, COUNT(*) OVER () FROM ends WHERE id NOT IN excluded GROUP BY id ORDER BY n DESC, id LIMIT {sql.Parameter(Math.Max(limit, 1))})
            {frontierCounts}
            UNION ALL
            SELECT id, COUNT(*), NULL, NULL FROM ends WHERE id IN excluded GROUP BY id
            UNION ALL
            {Arm("NULL, NULL, NULL, group_concat(r.row_id)", inside)}
            UNION ALL
            SELECT id, n, total, NULL FROM best
            UNION ALL
            SELECT NULL, NULL, NULL, group_concat(row_id) FROM ends
            WHERE id IN excluded OR id IN (SELECT id FROM best ORDER BY n DESC, id LIMIT {sql.Parameter(Math.Max(limit, 0))});
            """;
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var best = new List<KeyValuePair<string, int>>();
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
                    known[id] = known.GetValueOrDefault(id) + reader.GetInt32(1);
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
        return new NeighbourCounts(known, best, others, EdgeReads.ByRowIds(session, rowIds));
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

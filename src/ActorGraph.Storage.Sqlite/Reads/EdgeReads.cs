using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using ActorGraph.Storage.Sqlite.Queries;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>The edges around many actors in one statement: the batched read traversals expand a level with.</summary>
internal static class EdgeReads
{
    public static List<Edge> Around(SqlSession session, IReadOnlyCollection<string> actorIds, EdgeFilter filter)
    {
        if (actorIds.Count == 0)
        {
            return [];
        }

        var sql = new SqlConditions();
        sql.With(Resolved("wanted", sql, actorIds)).AddFilter(filter);

        // One arm per end, so that each walks its covering index. UNION ALL and sorting here replace UNION and ORDER BY
        // (temporary b-trees over every wide row); an edge between two wanted actors, met by both arms, is dropped
        // after the sort, which is cheaper than testing every row of the second arm against the first.
        string Arm(string condition) => $"SELECT {EdgeRows.Select} FROM relationships r {sql.WhereClause(condition)}";
        var select = filter.Direction switch
        {
            Direction.Out => Arm("r.source_id IN wanted"),
            Direction.In => Arm("r.target_id IN wanted"),
            _ => $"{Arm("r.source_id IN wanted")}\nUNION ALL\n{Arm("r.target_id IN wanted")}",
        };
        return Read(session, sql, select);
    }

    /// <summary>
    /// The edges joining the two sets: each arm walks the covering index of one end for the (small) first set and only
    /// tests the other end against the second set (the <c>+</c> keeps SQLite from seeking the second set instead).
    /// </summary>
    public static List<Edge> Between(SqlSession session, IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> otherIds, EdgeFilter filter)
    {
        if (actorIds.Count == 0 || otherIds.Count == 0)
        {
            return [];
        }

        var sql = new SqlConditions();
        sql.With(Resolved("wanted", sql, actorIds)).With(Resolved("others", sql, otherIds)).AddFilter(filter);
        string Arm(string condition) => $"SELECT {EdgeRows.Select} FROM relationships r {sql.WhereClause(condition)}";
        const string outward = "r.source_id IN wanted AND +r.target_id IN others";
        const string inward = "r.target_id IN wanted AND +r.source_id IN others";
        var select = filter.Direction switch
        {
            Direction.Out => Arm(outward),
            Direction.In => Arm(inward),
            _ => $"{Arm(outward)}\nUNION ALL\n{Arm(inward)}",
        };
        return Read(session, sql, select);
    }

    /// <summary>The edges of these relationship rows, by relationship id.</summary>
    public static List<Edge> ByRowIds(SqlSession session, IReadOnlyCollection<long> rowIds)
    {
        if (rowIds.Count == 0)
        {
            return [];
        }

        var sql = new SqlConditions();
        return Read(session, sql, $"SELECT {EdgeRows.Select} FROM relationships r WHERE r.row_id IN (SELECT value FROM json_each({sql.Parameter(Codec.JsonList(rowIds))}))");
    }

    /// <summary>
    /// A common table expression <c>{name}(id)</c>: the ids as given plus the survivors of those that were merged (edges
    /// only name survivors), found by walking the small survivor index; left to itself SQLite would seek every id of a
    /// frontier of thousands in the actors table instead. Used only with <c>IN</c>, so repeats do no harm.
    /// </summary>
    public static string Resolved(string name, SqlConditions sql, IReadOnlyCollection<string> ids)
    {
        var list = sql.Parameter(Codec.JsonList(ids));
        return $"{name}(id) AS (SELECT value FROM json_each({list}) UNION ALL SELECT a.merged_into FROM actors a INDEXED BY actors_by_survivor "
            + $"WHERE a.merged_into IS NOT NULL AND a.id IN (SELECT value FROM json_each({list})))";
    }

    private static List<Edge> Read(SqlSession session, SqlConditions sql, string select)
    {
        var edges = new List<Edge>();
        using var rows = new EdgeRows();
        sql.Native(session, $"{sql.WithClause}{select};").ForEachRow(row => edges.Add(rows.Read(row)));

        edges.Sort(static (x, y) => string.CompareOrdinal(x.RelationshipId, y.RelationshipId));
        DropSecondCopies(edges);
        return edges;
    }

    /// <summary>Drops the second of two adjacent copies of one edge (met by both arms) from a list sorted by relationship id.</summary>
    private static void DropSecondCopies(List<Edge> sorted)
    {
        var kept = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (kept == 0 || sorted[kept - 1].RelationshipId != sorted[i].RelationshipId)
            {
                sorted[kept++] = sorted[i];
            }
        }

        sorted.RemoveRange(kept, sorted.Count - kept);
    }
}

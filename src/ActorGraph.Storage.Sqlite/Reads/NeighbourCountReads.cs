using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Queries;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>
/// <see cref="IGraphReader.CountNeighboursAsync"/> in three statements. The first resolves the frontier (merged ids with
/// their survivors). The second walks the frontier's covering indexes and hands back, per frontier actor and
/// direction, one row listing the other ends of its edges and their row ids (grouped in index order, so without a
/// sort); the ends are keyed from the text in place (<see cref="Utf8Keys"/>) and tallied here. The third reads in full only the
/// kept edges, by row id (<see cref="EdgeReads.ByRowIds"/>). A hub's tens of thousands of edges never become rows or
/// objects, and counting integer keys is several times cheaper than SQLite grouping text ids in its sorter. Direction
/// is taken literally, as in <see cref="EdgeReads.Around"/>.
/// </summary>
internal static class NeighbourCountReads
{
    public static NeighbourCounts Around(SqlSession session, IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> excluded, EdgeFilter filter, int limit)
    {
        if (actorIds.Count == 0)
        {
            return NeighbourCounts.None;
        }

        // The frontier's ids take the first keys and the excluded ones the next, as the tally expects.
        using var keys = new Utf8Keys();
        Frontier(session, actorIds).ForEachRow(row => keys.Key(row.Utf8(0)));
        var frontierKeys = keys.Count;
        foreach (var id in excluded)
        {
            keys.Key(id);
        }

        var knownKeys = keys.Count;
        using var ends = new PooledList<EndKeys>();
        using var rowIds = new PooledList<long>();
        Ends(session, actorIds, filter).ForEachRow(row =>
        {
            var actor = keys.Key(row.Utf8(0));
            var metBefore = row.Int32(3) == 1;
            foreach (var end in GroupConcatLists.Pairs(row.Utf8(1), row.Utf8(2)))
            {
                var other = keys.Key(end.Id);
                if (!(metBefore && other < frontierKeys))
                {
                    ends.Add(new EndKeys(actor, other));
                    rowIds.Add(end.RowId);
                }
            }
        });

        var tally = NeighbourTally.Count(ends.AsSpan(), keys, frontierKeys, knownKeys, limit);
        return new NeighbourCounts(tally.Known, tally.Best, tally.Others, EdgeReads.ByRowIds(session, tally.Kept.ConvertAll(i => rowIds[i])));
    }

    private static NativeStatement Frontier(SqlSession session, IReadOnlyCollection<string> actorIds)
    {
        var sql = new SqlConditions();
        sql.With(EdgeReads.Resolved("wanted", sql, actorIds));
        return sql.Native(session, $"{sql.WithClause}SELECT DISTINCT id FROM wanted;");
    }

    /// <summary>
    /// For each frontier actor, the other ends of its edges and, in the same order, their row ids. A search both ways
    /// walks both indexes, and its second arm also meets the edges inside the frontier, which the first already listed:
    /// its rows are marked (the fourth column) so that those ends are skipped here, which is cheaper than testing every
    /// row in SQL. Self-relationships are left to the tally.
    /// </summary>
    private static NativeStatement Ends(SqlSession session, IReadOnlyCollection<string> actorIds, EdgeFilter filter)
    {
        var sql = new SqlConditions();
        sql.With(EdgeReads.Resolved("wanted", sql, actorIds)).AddFilter(filter);
        string Arm(string end, string other, int metBefore) =>
            $"SELECT r.{end}, group_concat(r.{other}), group_concat(r.row_id), {metBefore} FROM relationships r {sql.WhereClause($"r.{end} IN wanted")} GROUP BY r.{end}";
        var outward = Arm("source_id", "target_id", 0);
        var edges = filter.Direction switch
        {
            Direction.Out => outward,
            Direction.In => Arm("target_id", "source_id", 0),
            _ => $"{outward}\nUNION ALL\n{Arm("target_id", "source_id", 1)}",
        };
        return sql.Native(session, $"{sql.WithClause}{edges};");
    }
}

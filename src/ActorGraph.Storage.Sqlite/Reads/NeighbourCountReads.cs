using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Queries;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>
/// <see cref="IGraphReader.CountNeighboursAsync"/> in two statements. The first walks the frontier's covering indexes and
/// hands back, per frontier actor and direction, one row listing the other ends of its edges and their row ids (grouped
/// in index order, so without a sort); the ends are read in place as <see cref="IdKeys"/> keys and tallied here.
/// The second reads in full only the kept edges, by row id (<see cref="EdgeReads.ByRowIds"/>). A hub's tens of thousands of edges never become rows or objects, and counting
/// integer keys is several times cheaper than SQLite grouping text ids in its sorter. Direction is taken literally,
/// as in <see cref="EdgeReads.Around"/>.
/// </summary>
internal static class NeighbourCountReads
{
    public static NeighbourCounts Around(SqlSession session, IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> excluded, EdgeFilter filter, int limit)
    {
        if (actorIds.Count == 0)
        {
            return NeighbourCounts.None;
        }

        var keys = new IdKeys();
        var frontier = new HashSet<string>(StringComparer.Ordinal);
        var ends = new List<EndKeys>();
        var rowIds = new List<long>();
        Statement(session, actorIds, filter).ForEachRow(row =>
        {
            if (row.IsNull(1))
            {
                frontier.Add(row.Text(0));
            }
            else
            {
                var actor = keys.Key(row.Utf8(0));
                keys.KeyEach(row.Utf8(1), other => ends.Add(new EndKeys(actor, other)));
                RowIds.AddEach(row.Utf8(2), rowIds);
            }
        });

        var tally = NeighbourTally.Count(ends, keys, frontier, excluded.ToHashSet(StringComparer.Ordinal), limit);
        return new NeighbourCounts(tally.Known, tally.Best, tally.Others, EdgeReads.ByRowIds(session, tally.Kept.ConvertAll(i => rowIds[i])));
    }

    /// <summary>
    /// The frontier as resolved (merged ids with their survivors) in rows whose second column is null, then for each
    /// frontier actor the other ends of its edges and, in the same order, their row ids. Each edge is listed once: the second arm of a search both ways
    /// leaves out the edges the first met (the <c>+</c> keeps it walking its own index).
    /// </summary>
    private static NativeStatement Statement(SqlSession session, IReadOnlyCollection<string> actorIds, EdgeFilter filter)
    {
        var sql = new SqlConditions();
        sql.With(EdgeReads.Resolved("wanted", sql, actorIds)).AddFilter(filter).Where("r.source_id <> r.target_id");
        string Arm(string end, string other, string condition) =>
            $"SELECT r.{end}, group_concat(r.{other}), group_concat(r.row_id) FROM relationships r {sql.WhereClause(condition)} GROUP BY r.{end}";
        var outward = Arm("source_id", "target_id", "r.source_id IN wanted");
        var edges = filter.Direction switch
        {
            Direction.Out => outward,
            Direction.In => Arm("target_id", "source_id", "r.target_id IN wanted"),
            _ => $"{outward}\nUNION ALL\n{Arm("target_id", "source_id", "r.target_id IN wanted AND +r.source_id NOT IN wanted")}",
        };
        return sql.Native(session, $"{sql.WithClause}SELECT id, NULL, NULL FROM wanted\nUNION ALL\n{edges};");
    }
}

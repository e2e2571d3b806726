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
        sql.With(ActorIdResolution.Cte("wanted", sql.Parameter(Codec.JsonList(actorIds)))).AddFilter(filter);

        // One arm per end, so that each walks its covering index. The second arm leaves out the edges the first met,
        // so no UNION (a temporary b-tree over every row) is needed; neither is ORDER BY, as sorting here is cheaper.
        string Arm(string condition) => $"SELECT {Columns.Edge} FROM relationships r {sql.WhereClause(condition)}";
        var select = filter.Direction switch
        {
            Direction.Out => Arm("r.source_id IN wanted"),
            Direction.In => Arm("r.target_id IN wanted"),
            _ => $"{Arm("r.source_id IN wanted")}\nUNION ALL\n{Arm("r.target_id IN wanted AND r.source_id NOT IN wanted")}",
        };
        var edges = new List<Edge>();
        var rows = new EdgeRows();
        using var command = sql.Command(session, $"{sql.WithClause}{select};");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            edges.Add(rows.Read(reader));
        }

        edges.Sort(static (x, y) => string.CompareOrdinal(x.RelationshipId, y.RelationshipId));
        return edges;
    }
}

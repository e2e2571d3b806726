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

        // One arm per end, so that each walks its covering index; UNION drops an edge met from both ends once.
        var fromSources = $"SELECT {Columns.Edge} FROM relationships r {sql.WhereClause("r.source_id IN wanted")}";
        var fromTargets = $"SELECT {Columns.Edge} FROM relationships r {sql.WhereClause("r.target_id IN wanted")}";
        var select = filter.Direction switch
        {
            Direction.Out => fromSources,
            Direction.In => fromTargets,
            _ => $"{fromSources}\nUNION\n{fromTargets}",
        };
        var edges = new List<Edge>();
        using var command = sql.Command(session, $"{sql.WithClause}{select}\nORDER BY 1;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            edges.Add(RowReaders.Edge(reader));
        }

        return edges;
    }
}

using ActorGraph.Domain.Ports;
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

        var sql = new SqlConditions().AddActors(actorIds, filter.Direction).AddFilter(filter);
        using var command = sql.Command(session, $"{sql.WithClause}SELECT {Columns.Edge} FROM relationships r {sql.WhereClause()} ORDER BY r.id;");
        var edges = new List<Edge>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            edges.Add(RowReaders.Edge(reader));
        }

        return edges;
    }
}

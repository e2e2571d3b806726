using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using ActorGraph.Storage.Sqlite.Paging;
using ActorGraph.Storage.Sqlite.Reads;

namespace ActorGraph.Storage.Sqlite.Queries;

internal static class RelationshipSearch
{
    public static Page<Relationship> Find(SqlSession session, RelationshipQuery query)
    {
        var sql = new SqlConditions();
        if (query.ActorIds is { } actorIds)
        {
            sql.AddActors(actorIds, query.Filter.Direction);
            if (query.CounterpartIds is { } counterpartIds)
            {
                sql.AddCounterparts(counterpartIds, query.Filter.Direction);
            }
        }

        sql.AddFilter(query.Filter);
        if (query.EventId is { } eventId)
        {
            sql.Where($"r.event_id = {sql.Parameter(eventId)}");
        }

        var (key, numeric) = query.OrderBy switch
        {
            RelationshipOrder.ReportedOn => ("r.reported_on", false),
            RelationshipOrder.Confidence => ("r.confidence", true),
            RelationshipOrder.Id => ("r.id", false),
            _ => ("r.effective_start", false),
        };
        var order = new KeysetOrder(query.OrderBy.ToString(), key, "r.id", numeric, query.Direction);
        return Keyset.Read(session, sql, Columns.Relationship, "relationships r", order, query.Page, RecordReads.RelationshipsFrom);
    }
}

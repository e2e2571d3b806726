using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using ActorGraph.Storage.Sqlite.Paging;
using ActorGraph.Storage.Sqlite.Reads;

namespace ActorGraph.Storage.Sqlite.Queries;

/// <summary>Events by date then id (undated events last), and documents by publication day then id.</summary>
internal static class EventSearch
{
    public static Page<Event> FindEvents(SqlSession session, EventQuery query)
    {
        var sql = new SqlConditions();
        if (query.ParticipantIds is { } participantIds)
        {
            sql.With(ActorIdResolution.Cte("wanted", sql.Parameter(Codec.JsonList(participantIds))));
            sql.Where("EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.actor_id IN wanted)");
        }

        if (query.Window.From is { } from)
        {
            sql.Where($"e.date_end >= {sql.Parameter(Codec.Day(from))}");
        }

        if (query.Window.To is { } to)
        {
            sql.Where($"e.date_start <= {sql.Parameter(Codec.Day(to))}");
        }

        var order = new KeysetOrder("Date", "COALESCE(e.date_start, '9999-12-31')", "e.id", NumericKey: false, SortDirection.Ascending);
        return Keyset.Read(session, sql, Columns.Event, "events e", order, query.Page, RecordReads.EventsFrom);
    }

    public static Page<Document> FindDocuments(SqlSession session, DocumentQuery query)
    {
        var sql = new SqlConditions();
        if (query.PublishedIn.From is { } from)
        {
            sql.Where($"d.published_on >= {sql.Parameter(Codec.Day(from))}");
        }

        if (query.PublishedIn.To is { } to)
        {
            sql.Where($"d.published_on <= {sql.Parameter(Codec.Day(to))}");
        }

        var order = new KeysetOrder("PublishedOn", "d.published_on", "d.id", NumericKey: false, SortDirection.Ascending);
        return Keyset.Read(session, sql, Columns.Document, "documents d", order, query.Page, (_, command, extra) =>
        {
            var documents = new List<Document>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                documents.Add(RowReaders.Document(reader));
                extra(reader);
            }

            return documents;
        });
    }
}

using ActorGraph.Domain.Changes;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;

namespace ActorGraph.Storage.Sqlite.Audit;

/// <summary>Writes audit entries in the transaction of the change they describe, so both commit or neither.</summary>
internal sealed class AuditTrail(SqlSession session, ChangeContext context)
{
    public void Record(string operation, string entityKind, string entityId, IEnumerable<string> actorIds, string? details = null)
    {
        var actors = Codec.JsonList(actorIds.Distinct(StringComparer.Ordinal));
        session.Execute(
            """
            INSERT INTO changes (at, who, request_id, operation, entity_kind, entity_id, actor_ids, details)
            VALUES (@at, @who, @request, @operation, @kind, @entity, @actors, @details);
            """,
            ("@at", Codec.Instant(context.At)),
            ("@who", context.Who),
            ("@request", context.RequestId),
            ("@operation", operation),
            ("@kind", entityKind),
            ("@entity", entityId),
            ("@actors", actors),
            ("@details", details));

        // change_actors is WITHOUT ROWID, so inserting into it leaves last_insert_rowid() at the change just written.
        session.Execute(
            "INSERT INTO change_actors (actor_id, sequence) SELECT value, last_insert_rowid() FROM json_each(@actors);",
            ("@actors", actors));
    }
}

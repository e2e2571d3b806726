using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;

namespace ActorGraph.Storage.Sqlite.Audit;

internal static class AuditReads
{
    public static List<ChangeRecord> Changes(SqlSession session, DateTimeOffset? since, string? actorId, int limit)
    {
        if (limit <= 0)
        {
            throw new ValidationException("limit", $"The limit must be positive; it is {limit}.");
        }

        using var command = session.Command(
            """
            SELECT c.sequence, c.at, c.who, c.operation, c.entity_kind, c.entity_id, c.actor_ids, c.request_id, c.details
            FROM changes c
            WHERE (@since IS NULL OR c.at >= @since)
              AND (@actor IS NULL OR c.sequence IN (SELECT sequence FROM change_actors WHERE actor_id = @actor))
            ORDER BY c.sequence
            LIMIT @limit;
            """);
        command.Bind("@since", since is { } at ? Codec.Instant(at) : null).Bind("@actor", actorId).Bind("@limit", limit);
        var changes = new List<ChangeRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            changes.Add(new ChangeRecord(
                Sequence: reader.GetInt64(0),
                At: Codec.ParseInstant(reader.GetInt64(1)),
                Who: reader.GetString(2),
                Operation: reader.GetString(3),
                EntityKind: reader.GetString(4),
                EntityId: reader.GetString(5),
                ActorIds: Codec.ParseJsonList(reader.GetString(6)),
                RequestId: reader.GetStringOrNull(7),
                Details: reader.GetStringOrNull(8)));
        }

        return changes;
    }
}

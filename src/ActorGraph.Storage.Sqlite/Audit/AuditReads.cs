using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

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
            changes.Add(Change(reader, 0));
        }

        return changes;
    }

    public static Dictionary<string, IReadOnlyList<ChangeRecord>> ChangesOfActors(SqlSession session, IReadOnlyCollection<string> actorIds, int limitPerActor)
    {
        if (limitPerActor <= 0)
        {
            throw new ValidationException("limitPerActor", $"The limit must be positive; it is {limitPerActor}.");
        }

        using var command = session.Command(
            """
            SELECT actor_id, sequence, at, who, operation, entity_kind, entity_id, actor_ids, request_id, details
            FROM (
              SELECT ca.actor_id, c.sequence, c.at, c.who, c.operation, c.entity_kind, c.entity_id, c.actor_ids, c.request_id, c.details,
                     ROW_NUMBER() OVER (PARTITION BY ca.actor_id ORDER BY c.sequence) AS n
              FROM change_actors ca JOIN changes c ON c.sequence = ca.sequence
              WHERE ca.actor_id IN (SELECT value FROM json_each(@actors)))
            WHERE n <= @limit
            ORDER BY actor_id, sequence;
            """);
        command.Bind("@actors", Codec.JsonList(actorIds)).Bind("@limit", limitPerActor);
        var changes = new Dictionary<string, List<ChangeRecord>>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var actor = reader.GetString(0);
            if (!changes.TryGetValue(actor, out var trail))
            {
                changes[actor] = trail = [];
            }

            trail.Add(Change(reader, 1));
        }

        return changes.ToDictionary(p => p.Key, IReadOnlyList<ChangeRecord> (p) => p.Value, StringComparer.Ordinal);
    }

    private static ChangeRecord Change(SqliteDataReader reader, int first) => new(
        Sequence: reader.GetInt64(first),
        At: Codec.ParseInstant(reader.GetInt64(first + 1)),
        Who: reader.GetString(first + 2),
        Operation: reader.GetString(first + 3),
        EntityKind: reader.GetString(first + 4),
        EntityId: reader.GetString(first + 5),
        ActorIds: Codec.ParseJsonList(reader.GetString(first + 6)),
        RequestId: reader.GetStringOrNull(first + 7),
        Details: reader.GetStringOrNull(first + 8));
}

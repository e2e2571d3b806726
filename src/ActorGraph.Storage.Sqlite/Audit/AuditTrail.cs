using ActorGraph.Domain.Changes;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;

namespace ActorGraph.Storage.Sqlite.Audit;

/// <summary>Writes audit entries in the transaction of the change they describe, so both commit or neither.</summary>
internal sealed class AuditTrail(SqlSession session, ChangeContext context)
{
    private readonly long _at = Codec.Instant(context.At);
    private readonly List<string> _actors = [];

    public void Record(string operation, string entityKind, string entityId, IEnumerable<string> actorIds, string? details = null)
    {
        _actors.Clear();
        foreach (var actorId in actorIds)
        {
            if (!_actors.Contains(actorId, StringComparer.Ordinal))
            {
                _actors.Add(actorId);
            }
        }

        var sequence = session.Prepared(
            """
            INSERT INTO changes (at, who, request_id, operation, entity_kind, entity_id, actor_ids, details)
            VALUES (@at, @who, @request, @operation, @kind, @entity, @actors, @details) RETURNING sequence;
            """)
            .Bind("@at", _at)
            .Bind("@who", context.Who)
            .Bind("@request", context.RequestId)
            .Bind("@operation", operation)
            .Bind("@kind", entityKind)
            .Bind("@entity", entityId)
            .Bind("@actors", Codec.JsonList(_actors))
            .Bind("@details", details)
            .ExecuteScalar();

        var link = session.Prepared("INSERT INTO change_actors (actor_id, sequence) VALUES (@actor, @sequence);").Bind("@sequence", sequence);
        foreach (var actorId in _actors)
        {
            link.Bind("@actor", actorId).ExecuteNonQuery();
        }
    }
}

using ActorGraph.Domain.Changes;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;

namespace ActorGraph.Storage.Sqlite.Audit;

/// <summary>
/// Writes audit entries in the transaction of the change they describe, so both commit or neither. Entries are
/// numbered here (the transaction holds the write lock, so no one else numbers at the same time). The links from
/// actors to entries are written by <see cref="Complete"/> in one statement, from the entries' own actor lists and
/// in key order: a large import then appends to the by-actor index instead of inserting at random places in it.
/// </summary>
internal sealed class AuditTrail(SqlSession session, ChangeContext context)
{
    private readonly long _at = Codec.Instant(context.At);
    private readonly List<string> _actors = [];
    private long _firstSequence = -1;
    private long _lastSequence;
    private NativeStatement? _insert;

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

        if (_firstSequence < 0)
        {
            _lastSequence = session.Scalar<long>("SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'changes'), 0);");
            _firstSequence = _lastSequence + 1;
        }

        var sequence = ++_lastSequence;
        (_insert ??= session.Native(
            """
            INSERT INTO changes (sequence, at, who, request_id, operation, entity_kind, entity_id, actor_ids, details)
            VALUES (@sequence, @at, @who, @request, @operation, @kind, @entity, @actors, @details);
            """))
            .Bind("@sequence", sequence)
            .Bind("@at", _at)
            .Bind("@who", context.Who)
            .Bind("@request", context.RequestId)
            .Bind("@operation", operation)
            .Bind("@kind", entityKind)
            .Bind("@entity", entityId)
            .Bind("@actors", Codec.JsonList(_actors))
            .Bind("@details", details)
            .Execute();
    }

    /// <summary>Writes the links of the recorded entries to their actors; call once, after the last record.</summary>
    public void Complete()
    {
        if (_firstSequence < 0)
        {
            return;
        }

        session.Execute(
            """
            INSERT INTO change_actors (actor_id, sequence)
            SELECT actor.value, c.sequence FROM changes c, json_each(c.actor_ids) actor
            WHERE c.sequence BETWEEN @first AND @last
            ORDER BY 1, 2;
            """,
            ("@first", _firstSequence),
            ("@last", _lastSequence));
    }
}

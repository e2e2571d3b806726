using System.Buffers;
using System.Text.Json;
using ActorGraph.Domain.Changes;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;

namespace ActorGraph.Storage.Sqlite.Audit;

/// <summary>
/// Writes audit entries in the transaction of the change they describe, so both commit or neither. Entries are
/// numbered here (the transaction holds the write lock, so no one else numbers at the same time). The links from
/// actors to entries are gathered per actor as entries are recorded, already in order of their number, and written by
/// <see cref="Complete"/> actor by actor in key order: a large import then appends to the by-actor table instead of
/// inserting at random places in it, and SQLite has nothing left to sort.
/// </summary>
internal sealed class AuditTrail(SqlSession session, ChangeContext context)
{
    private readonly long _at = Codec.Instant(context.At);
    private readonly List<string> _actors = [];
    private readonly Dictionary<string, List<long>> _entriesByActor = new(StringComparer.Ordinal);

    // The entry's list of actors is written as UTF-8 JSON straight into this buffer, once per entry of a large import.
    private readonly ArrayBufferWriter<byte> _actorList = new();
    private Utf8JsonWriter? _actorListWriter;
    private long? _lastSequence;
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

        var sequence = (_lastSequence ?? session.Scalar<long>("SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'changes'), 0);")) + 1;
        _lastSequence = sequence;
        foreach (var actorId in _actors)
        {
            if (!_entriesByActor.TryGetValue(actorId, out var entries))
            {
                _entriesByActor.Add(actorId, entries = []);
            }

            entries.Add(sequence);
        }

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
            .Bind("@actors", ActorList())
            .Bind("@details", details)
            .Execute();
    }

    /// <summary>Writes the links of the recorded entries to their actors; call once, after the last record.</summary>
    public void Complete()
    {
        var insert = session.Native("INSERT INTO change_actors (actor_id, sequence) SELECT @actor, value FROM json_each(@sequences);");
        foreach (var actorId in _entriesByActor.Keys.Order(StringComparer.Ordinal))
        {
            insert.Bind("@actor", actorId).Bind("@sequences", Codec.JsonList(_entriesByActor[actorId])).Execute();
        }
    }

    /// <summary>The current entry's actors as a JSON list of strings, in the form <see cref="Codec.JsonList{T}"/> writes.</summary>
    private ReadOnlySpan<byte> ActorList()
    {
        _actorList.ResetWrittenCount();
        var writer = _actorListWriter ??= new Utf8JsonWriter(_actorList);
        writer.Reset(_actorList);
        writer.WriteStartArray();
        foreach (var actorId in _actors)
        {
            writer.WriteStringValue(actorId);
        }

        writer.WriteEndArray();
        writer.Flush();
        return _actorList.WrittenSpan;
    }
}

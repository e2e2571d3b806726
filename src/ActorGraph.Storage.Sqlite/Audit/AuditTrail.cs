using System.Buffers;
using System.Text.Json;
using ActorGraph.Domain.Changes;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;

namespace ActorGraph.Storage.Sqlite.Audit;

/// <summary>
/// Writes audit entries in the transaction of the change they describe, so both commit or neither. Entries are
/// numbered here (the transaction holds the write lock, so no one else numbers at the same time). The links from
/// actors to entries are gathered per actor, already in order of their number, and written by <see cref="Complete"/>
/// actor by actor in key order: a large import then appends to the by-actor table instead of inserting at random places
/// in it, and SQLite has nothing left to sort. Gathering them per actor cost a large import a microsecond and a half per
/// relationship (a lookup among a hundred thousand actors is mostly waiting for memory), so the writer only lists the
/// links, and another core gathers them a few thousand at a time, in order.
/// </summary>
internal sealed class AuditTrail(SqlSession session, ChangeContext context)
{
    private const int LinksPerHandOff = 4096;

    private readonly long _at = Codec.Instant(context.At);
    private readonly List<string> _actors = [];
    private readonly Dictionary<string, List<long>> _entriesByActor = new(StringComparer.Ordinal);
    private List<(string ActorId, long Sequence)> _links = new(LinksPerHandOff);
    private Task _gathering = Task.CompletedTask;

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
            _links.Add((actorId, sequence));
        }

        if (_links.Count >= LinksPerHandOff)
        {
            var links = _links;
            _links = new(LinksPerHandOff);
            _gathering = _gathering.ContinueWith(_ => Gather(links), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
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
        _gathering.GetAwaiter().GetResult();
        Gather(_links);
        _links.Clear();
        var insert = session.Native("INSERT INTO change_actors (actor_id, sequence) SELECT @actor, value FROM json_each(@sequences);");
        foreach (var actorId in _entriesByActor.Keys.Order(StringComparer.Ordinal))
        {
            insert.Bind("@actor", actorId).Bind("@sequences", Codec.JsonList(_entriesByActor[actorId])).Execute();
        }
    }

    /// <summary>Adds links to the entries gathered per actor; runs on one thread at a time, in the order links were listed.</summary>
    private void Gather(List<(string ActorId, long Sequence)> links)
    {
        foreach (var (actorId, sequence) in links)
        {
            if (!_entriesByActor.TryGetValue(actorId, out var entries))
            {
                _entriesByActor.Add(actorId, entries = []);
            }

            entries.Add(sequence);
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

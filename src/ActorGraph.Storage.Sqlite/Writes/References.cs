using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Writes;

/// <summary>
/// Checks, within one write transaction, that the records a record refers to exist, and resolves merged actor
/// ids to their survivor. Answers are cached for the transaction, so a large import asks once per id, and an
/// import can <see cref="Preload"/> them all in a few statements.
/// </summary>
internal sealed class References(SqlSession session)
{
    private const int PreloadChunk = 5_000;

    private readonly Dictionary<string, string?> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _events = new(StringComparer.Ordinal);

    /// <summary>Looks up many referenced ids at once (each id set is read in chunks of a few thousand).</summary>
    public void Preload(IEnumerable<string> actorIds, IEnumerable<string> documentIds, IEnumerable<string> eventIds)
    {
        Load(actorIds, _actors, "SELECT id, COALESCE(merged_into, id) FROM actors WHERE id IN (SELECT value FROM json_each(@ids));", absent: null, reader => reader.GetString(1));
        Load(documentIds, _documents, "SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(@ids));", absent: false, _ => true);
        Load(eventIds, _events, "SELECT id FROM events WHERE id IN (SELECT value FROM json_each(@ids));", absent: false, _ => true);
    }

    /// <summary>The id relationships must carry for this actor (its survivor if merged).</summary>
    public string Actor(string actorId, string referrer)
    {
        if (!_actors.TryGetValue(actorId, out var resolved))
        {
            resolved = session.Scalar<string>("SELECT COALESCE(merged_into, id) FROM actors WHERE id = @id;", ("@id", actorId));
            _actors[actorId] = resolved;
        }

        return resolved ?? throw new NotFoundException($"{referrer} refers to actor '{actorId}', which does not exist.");
    }

    public void Event(string eventId, string referrer)
    {
        if (!Exists(_events, "SELECT 1 FROM events WHERE id = @id;", eventId))
        {
            throw new NotFoundException($"{referrer} refers to event '{eventId}', which does not exist.");
        }
    }

    public void Evidence(IEnumerable<Evidence> evidence, string referrer)
    {
        foreach (var piece in evidence)
        {
            if (!Exists(_documents, "SELECT 1 FROM documents WHERE id = @id;", piece.DocumentId))
            {
                throw new NotFoundException($"{referrer} cites document '{piece.DocumentId}', which does not exist.");
            }
        }
    }

    /// <summary>Forgets what is cached about these actors (after a merge or an undo changed their resolution).</summary>
    public void ForgetActors() => _actors.Clear();

    public void DocumentWritten(string id) => _documents[id] = true;

    public void EventWritten(string id) => _events[id] = true;

    /// <summary>An actor just written is not merged (a merged one cannot be written), so it resolves to itself.</summary>
    public void ActorWritten(string id) => _actors[id] = id;

    private bool Exists(Dictionary<string, bool> cache, string sql, string id)
    {
        if (!cache.TryGetValue(id, out var exists))
        {
            exists = session.Scalar<long>(sql, ("@id", id)) == 1;
            cache[id] = exists;
        }

        return exists;
    }

    /// <summary>Caches the answer for every id: what the query found, or <paramref name="absent"/> for the ids it did not.</summary>
    private void Load<T>(IEnumerable<string> ids, Dictionary<string, T> cache, string sql, T absent, Func<SqliteDataReader, T> found)
    {
        var wanted = ids.Where(id => !cache.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in wanted.Chunk(PreloadChunk))
        {
            foreach (var id in chunk)
            {
                cache[id] = absent;
            }

            var command = session.Prepared(sql);
            command.Bind("@ids", Codec.JsonList(chunk));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cache[reader.GetString(0)] = found(reader);
            }
        }
    }
}

using System.Text.Json;
using ActorGraph.Domain.Errors;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using ActorGraph.Storage.Sqlite.Search;

namespace ActorGraph.Storage.Sqlite.Writes;

/// <summary>
/// Folds one actor into another and back. A merge moves the merged actor's relationship ends, affiliations,
/// event participations and aliases to the survivor, adds the merged name as an alias, and records all of it
/// in <c>merges</c>; the undo replays that record backwards.
/// </summary>
internal sealed class ActorMerger(SqlSession session, RecordWriter writer, References references)
{
    private readonly SearchIndex _search = new(session);

    public void Merge(string survivorId, string mergedId, DateTimeOffset at)
    {
        if (survivorId == mergedId)
        {
            throw new ValidationException("mergedId", $"Actor '{mergedId}' cannot be merged into itself.");
        }

        var survivor = Load(survivorId);
        var merged = Load(mergedId);
        if (survivor.MergedInto is { } survivorTarget)
        {
            throw new ConflictException($"Actor '{survivorId}' was itself merged into '{survivorTarget}'; merge into '{survivorTarget}' instead.");
        }

        if (merged.MergedInto is { } mergedTarget)
        {
            throw new ConflictException($"Actor '{mergedId}' is already merged into '{mergedTarget}'.");
        }

        var record = new MergeRecord
        {
            Sources = Ids("SELECT id FROM relationships WHERE source_id = @id ORDER BY id;", mergedId),
            Targets = Ids("SELECT id FROM relationships WHERE target_id = @id ORDER BY id;", mergedId),
            Memberships = Ids("SELECT id FROM affiliations WHERE member_id = @id ORDER BY id;", mergedId),
            Organisations = Ids("SELECT id FROM affiliations WHERE organisation_id = @id ORDER BY id;", mergedId),
            Participations = Participations(mergedId),
            Redirected = Ids("SELECT id FROM actors WHERE merged_into = @id ORDER BY id;", mergedId),
            Aliases = Aliases(mergedId),
        };

        var move = new (string Name, object? Value)[] { ("@from", mergedId), ("@to", survivorId) };
        session.Execute("UPDATE relationships SET source_id = @to WHERE source_id = @from;", move);
        session.Execute("UPDATE relationships SET target_id = @to WHERE target_id = @from;", move);
        session.Execute("UPDATE affiliations SET member_id = @to WHERE member_id = @from;", move);
        session.Execute("UPDATE affiliations SET organisation_id = @to WHERE organisation_id = @from;", move);
        session.Execute("UPDATE event_participants SET actor_id = @to WHERE actor_id = @from;", move);
        session.Execute("UPDATE actors SET merged_into = @to WHERE merged_into = @from;", move);
        session.Execute("DELETE FROM actor_aliases WHERE actor_id = @from;", move[0]);

        var survivorKeys = Ids("SELECT alias_key FROM actor_aliases WHERE actor_id = @id;", survivorId).ToHashSet(StringComparer.Ordinal);
        survivorKeys.Add(RecordWriter.AliasKey(survivor.Name));
        var position = session.Scalar<int>("SELECT COALESCE(MAX(position) + 1, 0) FROM actor_aliases WHERE actor_id = @id;", ("@id", survivorId));
        foreach (var (alias, key) in RecordWriter.DistinctAliases([merged.Name, .. record.Aliases.Select(a => a.Alias)]))
        {
            if (!survivorKeys.Add(key))
            {
                continue;
            }

            var owner = session.Scalar<string>("SELECT actor_id FROM actor_aliases WHERE alias_key = @key;", ("@key", key));
            if (owner is not null)
            {
                throw new ConflictException($"Merging '{mergedId}' into '{survivorId}' would give '{survivorId}' the alias '{alias}', which belongs to '{owner}'.");
            }

            writer.InsertAlias(survivorId, position++, alias, key);
            record.AddedAliasKeys.Add(key);
        }

        session.Execute("UPDATE actors SET merged_into = @to WHERE id = @from;", move);
        session.Execute(
            "INSERT INTO merges (merged_id, survivor_id, moved, merged_at) VALUES (@merged, @survivor, @moved, @at);",
            ("@merged", mergedId),
            ("@survivor", survivorId),
            ("@moved", JsonSerializer.Serialize(record)),
            ("@at", Codec.Instant(at)));
        _search.Refresh(survivorId);
        _search.Refresh(mergedId);
        references.ForgetActors();
    }

    /// <summary>Restores the merged actor; returns the survivor it had been merged into.</summary>
    public string Undo(string mergedId)
    {
        var (survivorId, moved) = LoadMerge(mergedId);
        var record = JsonSerializer.Deserialize<MergeRecord>(moved)
            ?? throw new InvalidOperationException($"The merge record of '{mergedId}' is empty.");

        var back = ("@to", (object?)mergedId);
        MoveBack("UPDATE relationships SET source_id = @to WHERE id IN (SELECT value FROM json_each(@ids));", record.Sources, back);
        MoveBack("UPDATE relationships SET target_id = @to WHERE id IN (SELECT value FROM json_each(@ids));", record.Targets, back);
        MoveBack("UPDATE affiliations SET member_id = @to WHERE id IN (SELECT value FROM json_each(@ids));", record.Memberships, back);
        MoveBack("UPDATE affiliations SET organisation_id = @to WHERE id IN (SELECT value FROM json_each(@ids));", record.Organisations, back);
        MoveBack("UPDATE actors SET merged_into = @to WHERE id IN (SELECT value FROM json_each(@ids));", record.Redirected, back);
        foreach (var slot in record.Participations)
        {
            session.Execute(
                "UPDATE event_participants SET actor_id = @to WHERE event_id = @event AND position = @position;",
                back,
                ("@event", slot.EventId),
                ("@position", slot.Position));
        }

        var holders = new List<string>();
        using (var command = session.Command("SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key IN (SELECT value FROM json_each(@keys));"))
        {
            command.Bind("@keys", Codec.JsonList(record.AddedAliasKeys));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                holders.Add(reader.GetString(0));
            }
        }

        session.Execute("DELETE FROM actor_aliases WHERE alias_key IN (SELECT value FROM json_each(@keys));", ("@keys", Codec.JsonList(record.AddedAliasKeys)));
        foreach (var slot in record.Aliases)
        {
            writer.InsertAlias(mergedId, slot.Position, slot.Alias, RecordWriter.AliasKey(slot.Alias));
        }

        session.Execute("UPDATE actors SET merged_into = NULL WHERE id = @id;", ("@id", mergedId));
        session.Execute("DELETE FROM merges WHERE merged_id = @id;", ("@id", mergedId));
        foreach (var actorId in holders.Append(mergedId).Append(survivorId).Distinct(StringComparer.Ordinal))
        {
            _search.Refresh(actorId);
        }

        references.ForgetActors();
        return survivorId;
    }

    private (string SurvivorId, string Moved) LoadMerge(string mergedId)
    {
        using var command = session.Command("SELECT survivor_id, moved FROM merges WHERE merged_id = @id;").Bind("@id", mergedId);
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read())
            {
                return (reader.GetString(0), reader.GetString(1));
            }
        }

        Load(mergedId);
        throw new ConflictException($"Actor '{mergedId}' is not merged into another actor; there is no merge to undo.");
    }

    private (string Name, string? MergedInto) Load(string actorId)
    {
        using var command = session.Command("SELECT name, merged_into FROM actors WHERE id = @id;").Bind("@id", actorId);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? (reader.GetString(0), reader.GetStringOrNull(1))
            : throw new NotFoundException($"Actor '{actorId}' does not exist.");
    }

    private List<string> Ids(string sql, string id)
    {
        using var command = session.Command(sql).Bind("@id", id);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private List<ParticipationSlot> Participations(string actorId)
    {
        using var command = session.Command("SELECT event_id, position FROM event_participants WHERE actor_id = @id ORDER BY event_id, position;").Bind("@id", actorId);
        using var reader = command.ExecuteReader();
        var slots = new List<ParticipationSlot>();
        while (reader.Read())
        {
            slots.Add(new ParticipationSlot(reader.GetString(0), reader.GetInt32(1)));
        }

        return slots;
    }

    private List<AliasSlot> Aliases(string actorId)
    {
        using var command = session.Command("SELECT position, alias FROM actor_aliases WHERE actor_id = @id ORDER BY position;").Bind("@id", actorId);
        using var reader = command.ExecuteReader();
        var slots = new List<AliasSlot>();
        while (reader.Read())
        {
            slots.Add(new AliasSlot(reader.GetInt32(0), reader.GetString(1)));
        }

        return slots;
    }

    private void MoveBack(string sql, List<string> ids, (string Name, object? Value) to)
    {
        if (ids.Count > 0)
        {
            session.Execute(sql, to, ("@ids", Codec.JsonList(ids)));
        }
    }
}

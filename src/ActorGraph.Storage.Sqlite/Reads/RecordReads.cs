using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>Whole records by id, many per call: each kind in one statement plus one per child list.</summary>
internal static class RecordReads
{
    /// <summary>
    /// Keyed by the id asked for; a merged id maps to its survivor. One statement: the actor asked for is found by its
    /// id, its survivor (when merged) by a second seek, and its aliases come as a JSON list beside it.
    /// </summary>
    public static Dictionary<string, Actor> Actors(SqlSession session, IReadOnlyCollection<string> ids)
    {
        using var command = session.Command(
            $"""
            SELECT j.value, {Columns.Actor},
                (SELECT json_group_array(l.alias ORDER BY l.position) FROM actor_aliases l WHERE l.actor_id = a.id)
            FROM (SELECT DISTINCT value FROM json_each(@ids)) j
            JOIN actors asked ON asked.id = j.value
            JOIN actors a ON a.row_id = CASE WHEN asked.merged_into IS NULL THEN asked.row_id
                ELSE (SELECT survivor.row_id FROM actors survivor WHERE survivor.id = asked.merged_into) END;
            """);
        command.Bind("@ids", Codec.JsonList(ids));
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var aliases = Codec.ParseJsonList(reader.GetString(reader.FieldCount - 1));
            actors[reader.GetString(0)] = RowReaders.Actor(reader, first: 1) with { Aliases = aliases };
        }

        return actors;
    }

    /// <summary>Actors read by a query selecting <see cref="Columns.Actor"/>, with their aliases, in the query's order.</summary>
    public static List<Actor> ActorsFrom(SqlSession session, SqliteCommand command, Action<SqliteDataReader>? extra = null)
    {
        var actors = new List<Actor>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                actors.Add(RowReaders.Actor(reader));
                extra?.Invoke(reader);
            }
        }

        var aliases = ChildReads.Aliases(session, actors.Select(a => a.Id));
        return [.. actors.Select(a => a with { Aliases = aliases.For(a.Id) })];
    }

    public static Dictionary<string, Document> Documents(SqlSession session, IReadOnlyCollection<string> ids)
    {
        using var command = session.Command($"SELECT {Columns.Document} FROM documents d WHERE d.id IN (SELECT value FROM json_each(@ids));");
        command.Bind("@ids", Codec.JsonList(ids));
        return DocumentsFrom(command).ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public static List<Document> DocumentsFrom(SqliteCommand command)
    {
        var documents = new List<Document>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            documents.Add(RowReaders.Document(reader));
        }

        return documents;
    }

    public static Dictionary<string, Event> Events(SqlSession session, IReadOnlyCollection<string> ids)
    {
        using var command = session.Command($"SELECT {Columns.Event} FROM events e WHERE e.id IN (SELECT value FROM json_each(@ids));");
        command.Bind("@ids", Codec.JsonList(ids));
        return EventsFrom(session, command).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>Events read by a query selecting <see cref="Columns.Event"/>, with participants and evidence, in the query's order.</summary>
    public static List<Event> EventsFrom(SqlSession session, SqliteCommand command, Action<SqliteDataReader>? extra = null)
    {
        var events = new List<Event>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                events.Add(RowReaders.Event(reader, [], []));
                extra?.Invoke(reader);
            }
        }

        var ids = events.Select(e => e.Id).ToList();
        var participants = ChildReads.Participants(session, ids);
        var evidence = ChildReads.Evidence(session, EvidenceOwner.Event, ids);
        return [.. events.Select(e => e with { Participants = participants.For(e.Id), Evidence = evidence.For(e.Id) })];
    }

    /// <summary>The affiliations in which one of the actors (merged ids resolved) is member or organisation, by id.</summary>
    public static List<Affiliation> AffiliationsOf(SqlSession session, IReadOnlyCollection<string> actorIds)
    {
        using var command = session.Command(
            $"""
            WITH {ActorIdResolution.Cte("wanted", "@ids")}
            SELECT {Columns.Affiliation} FROM affiliations f
            WHERE f.member_id IN wanted OR f.organisation_id IN wanted
            ORDER BY f.id;
            """);
        command.Bind("@ids", Codec.JsonList(actorIds));
        var rows = new List<Affiliation>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(RowReaders.Affiliation(reader, []));
            }
        }

        var evidence = ChildReads.Evidence(session, EvidenceOwner.Affiliation, rows.Select(a => a.Id));
        return [.. rows.Select(a => a with { Evidence = evidence.For(a.Id) })];
    }

    public static Dictionary<string, Relationship> Relationships(SqlSession session, IReadOnlyCollection<string> ids)
    {
        using var command = session.Command($"SELECT {Columns.Relationship} FROM relationships r WHERE r.id IN (SELECT value FROM json_each(@ids));");
        command.Bind("@ids", Codec.JsonList(ids));
        return RelationshipsFrom(session, command).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public static Dictionary<string, IReadOnlyList<Relationship>> RelationshipsCiting(SqlSession session, IReadOnlyCollection<string> documentIds, bool includeRetracted)
    {
        using var command = session.Command(
            $"""
            SELECT DISTINCT v.document_id, v.owner_id FROM evidence v
            WHERE v.document_id IN (SELECT value FROM json_each(@documents)) AND v.owner_kind = '{EvidenceOwner.Relationship}'
            ORDER BY v.document_id, v.owner_id;
            """);
        command.Bind("@documents", Codec.JsonList(documentIds));
        var citing = new List<(string Document, string Relationship)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                citing.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var relationships = Relationships(session, [.. citing.Select(c => c.Relationship).Distinct(StringComparer.Ordinal)]);
        return citing
            .Where(c => relationships.TryGetValue(c.Relationship, out var r) && (includeRetracted || r.Retraction is null))
            .GroupBy(c => c.Document, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlyList<Relationship> (g) => [.. g.Select(c => relationships[c.Relationship])], StringComparer.Ordinal);
    }

    /// <summary>Relationships read by a query selecting <see cref="Columns.Relationship"/>, with evidence, in the query's order.</summary>
    public static List<Relationship> RelationshipsFrom(SqlSession session, SqliteCommand command, Action<SqliteDataReader>? extra = null)
    {
        var relationships = new List<Relationship>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                relationships.Add(RowReaders.Relationship(reader, []));
                extra?.Invoke(reader);
            }
        }

        var evidence = ChildReads.Evidence(session, EvidenceOwner.Relationship, relationships.Select(r => r.Id));
        return [.. relationships.Select(r => r with { Evidence = evidence.For(r.Id) })];
    }
}

using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using ActorGraph.Storage.Sqlite.Reads;
using ActorGraph.Storage.Sqlite.Search;

namespace ActorGraph.Storage.Sqlite.Writes;

/// <summary>
/// Inserts or replaces single records inside a write transaction, after checking what they refer to.
/// A record whose fingerprint equals the stored one is left alone. Actor ids a record refers to are stored
/// resolved (a merged id becomes its survivor).
/// </summary>
internal sealed class RecordWriter(SqlSession session, References references)
{
    private const int PreloadChunk = 5_000;

    private const string InsertRelationship = """
        INSERT INTO relationships (id, type, source_id, target_id, date_start, date_end, date_precision, reported_on,
            effective_start, effective_end, place, modality, attribution, confidence, event_id, evidence_count,
            retraction_reason, retracted_at, retracted_by, fingerprint)
        VALUES (@id, @type, @source, @target, @start, @end, @precision, @reported, @effectiveStart, @effectiveEnd,
            @place, @modality, @attribution, @confidence, @event, @evidenceCount, @reason, @retractedAt, @retractedBy, @fingerprint);
        """;

    private const string UpdateRelationship = """
        UPDATE relationships SET type = @type, source_id = @source, target_id = @target, date_start = @start, date_end = @end,
            date_precision = @precision, reported_on = @reported, effective_start = @effectiveStart, effective_end = @effectiveEnd,
            place = @place, modality = @modality, attribution = @attribution, confidence = @confidence, event_id = @event,
            evidence_count = @evidenceCount, retraction_reason = COALESCE(@reason, retraction_reason),
            retracted_at = COALESCE(@retractedAt, retracted_at), retracted_by = COALESCE(@retractedBy, retracted_by),
            fingerprint = @fingerprint
        WHERE id = @id;
        """;

    private readonly SearchIndex _search = new(session);
    private readonly Dictionary<string, Dictionary<string, string>> _preloaded = new(StringComparer.Ordinal);
    private Dictionary<string, (string Fingerprint, string? MergedInto)>? _preloadedActors;

    // The statements a large import runs once per record, looked up once (the session keeps them for the transaction).
    private NativeStatement? _insertRelationship;
    private NativeStatement? _updateRelationship;
    private NativeStatement? _insertEvidence;

    /// <summary>
    /// Reads the stored fingerprints of many records of one table in a few statements, so that a large import
    /// does not look them up one by one. The ids must be distinct: each is written at most once afterwards.
    /// Returns how many of them are not stored yet.
    /// </summary>
    public int PreloadFingerprints(string table, IReadOnlyList<string> ids)
    {
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in IsEmpty(table) ? [] : ids.Chunk(PreloadChunk))
        {
            var command = session.Prepared($"SELECT id, fingerprint FROM {table} WHERE id IN (SELECT value FROM json_each(@ids));");
            command.Bind("@ids", Codec.JsonList(chunk));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                fingerprints[reader.GetString(0)] = reader.GetString(1);
            }
        }

        _preloaded[table] = fingerprints;
        return ids.Count - fingerprints.Count;
    }

    /// <summary>Reads the stored fingerprint and merge state of many actors in a few statements (ids distinct).</summary>
    public void PreloadActors(IReadOnlyList<string> ids)
    {
        var actors = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        foreach (var chunk in IsEmpty("actors") ? [] : ids.Chunk(PreloadChunk))
        {
            var command = session.Prepared("SELECT id, fingerprint, merged_into FROM actors WHERE id IN (SELECT value FROM json_each(@ids));");
            command.Bind("@ids", Codec.JsonList(chunk));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                actors[reader.GetString(0)] = (reader.GetString(1), reader.GetStringOrNull(2));
            }
        }

        _preloadedActors = actors;
    }

    /// <summary>Has the actors inserted from now on join the name search together, at <see cref="CompleteSearch"/>.</summary>
    public void DeferSearch() => _search.DeferAdds();

    /// <summary>Adds the actors inserted since <see cref="DeferSearch"/> to the name search, in one statement.</summary>
    public void CompleteSearch() => _search.AddPending();

    public WriteOutcome Upsert(Document document)
    {
        var fingerprint = Fingerprint.Of(document);
        var stored = StoredFingerprint("documents", document.Id);
        if (stored == fingerprint)
        {
            return WriteOutcome.Unchanged;
        }

        session.Execute(
            stored is null
                ? "INSERT INTO documents (id, title, publisher, published_on, language, url, kind, text, fingerprint) "
                    + "VALUES (@id, @title, @publisher, @published, @language, @url, @kind, @text, @fingerprint);"
                : "UPDATE documents SET title = @title, publisher = @publisher, published_on = @published, language = @language, "
                    + "url = @url, kind = @kind, text = @text, fingerprint = @fingerprint WHERE id = @id;",
            ("@id", document.Id),
            ("@title", document.Title),
            ("@publisher", document.Publisher),
            ("@published", Codec.Day(document.PublishedOn)),
            ("@language", document.Language),
            ("@url", document.Url),
            ("@kind", Codec.Enum(document.Kind)),
            ("@text", document.Text),
            ("@fingerprint", fingerprint));
        references.DocumentWritten(document.Id);
        return stored is null ? WriteOutcome.Inserted : WriteOutcome.Updated;
    }

    public WriteOutcome Upsert(Actor actor)
    {
        var fingerprint = Fingerprint.Of(actor);
        var (storedFingerprint, mergedInto) = StoredActor(actor.Id);
        if (storedFingerprint == fingerprint)
        {
            return WriteOutcome.Unchanged;
        }

        if (mergedInto is not null)
        {
            throw new ConflictException($"Actor '{actor.Id}' was merged into '{mergedInto}': change '{mergedInto}', or undo the merge first.");
        }

        var aliases = DistinctAliases(actor.Aliases);
        foreach (var (alias, key) in aliases)
        {
            var owner = session.Scalar<string>("SELECT actor_id FROM actor_aliases WHERE alias_key = @key;", ("@key", key));
            if (owner is not null && owner != actor.Id)
            {
                throw new ConflictException($"The alias '{alias}' of actor '{actor.Id}' already belongs to actor '{owner}'.");
            }
        }

        session.Execute(
            storedFingerprint is null
                ? "INSERT INTO actors (id, name, kind, country, description, external_ids, fingerprint) "
                    + "VALUES (@id, @name, @kind, @country, @description, @external, @fingerprint);"
                : "UPDATE actors SET name = @name, kind = @kind, country = @country, description = @description, "
                    + "external_ids = @external, fingerprint = @fingerprint WHERE id = @id;",
            ("@id", actor.Id),
            ("@name", actor.Name),
            ("@kind", Codec.Enum(actor.Kind)),
            ("@country", actor.Country),
            ("@description", actor.Description),
            ("@external", Codec.JsonMap(actor.ExternalIds)),
            ("@fingerprint", fingerprint));

        if (storedFingerprint is not null)
        {
            session.Execute("DELETE FROM actor_aliases WHERE actor_id = @id;", ("@id", actor.Id));
        }

        for (var i = 0; i < aliases.Count; i++)
        {
            InsertAlias(actor.Id, i, aliases[i].Alias, aliases[i].Key);
        }

        if (storedFingerprint is null)
        {
            _search.Add(actor.Id);
        }
        else
        {
            _search.Refresh(actor.Id);
        }

        references.ActorWritten(actor.Id);
        return storedFingerprint is null ? WriteOutcome.Inserted : WriteOutcome.Updated;
    }

    public WriteOutcome Upsert(Affiliation affiliation)
    {
        var fingerprint = Fingerprint.Of(affiliation);
        var stored = StoredFingerprint("affiliations", affiliation.Id);
        if (stored == fingerprint)
        {
            return WriteOutcome.Unchanged;
        }

        var referrer = $"Affiliation '{affiliation.Id}'";
        var member = references.Actor(affiliation.MemberId, referrer);
        var organisation = references.Actor(affiliation.OrganisationId, referrer);
        references.Evidence(affiliation.Evidence, referrer);
        var (start, end, precision) = DateColumns(affiliation.Tenure);
        session.Execute(
            stored is null
                ? "INSERT INTO affiliations (id, member_id, organisation_id, type, title, tenure_start, tenure_end, tenure_precision, fingerprint) "
                    + "VALUES (@id, @member, @organisation, @type, @title, @start, @end, @precision, @fingerprint);"
                : "UPDATE affiliations SET member_id = @member, organisation_id = @organisation, type = @type, title = @title, "
                    + "tenure_start = @start, tenure_end = @end, tenure_precision = @precision, fingerprint = @fingerprint WHERE id = @id;",
            ("@id", affiliation.Id),
            ("@member", member),
            ("@organisation", organisation),
            ("@type", affiliation.Type),
            ("@title", affiliation.Title),
            ("@start", start),
            ("@end", end),
            ("@precision", precision),
            ("@fingerprint", fingerprint));
        ReplaceEvidence(EvidenceOwner.Affiliation, affiliation.Id, affiliation.Evidence, stored is not null);
        return stored is null ? WriteOutcome.Inserted : WriteOutcome.Updated;
    }

    public WriteOutcome Upsert(Event @event)
    {
        var fingerprint = Fingerprint.Of(@event);
        var stored = StoredFingerprint("events", @event.Id);
        if (stored == fingerprint)
        {
            return WriteOutcome.Unchanged;
        }

        var referrer = $"Event '{@event.Id}'";
        var participants = @event.Participants.Select(p => (ActorId: references.Actor(p.ActorId, referrer), p.Role)).ToList();
        references.Evidence(@event.Evidence, referrer);
        var (start, end, precision) = DateColumns(@event.Date);
        session.Execute(
            stored is null
                ? "INSERT INTO events (id, name, kind, date_start, date_end, date_precision, place, description, modality, fingerprint) "
                    + "VALUES (@id, @name, @kind, @start, @end, @precision, @place, @description, @modality, @fingerprint);"
                : "UPDATE events SET name = @name, kind = @kind, date_start = @start, date_end = @end, date_precision = @precision, "
                    + "place = @place, description = @description, modality = @modality, fingerprint = @fingerprint WHERE id = @id;",
            ("@id", @event.Id),
            ("@name", @event.Name),
            ("@kind", Codec.Enum(@event.Kind)),
            ("@start", start),
            ("@end", end),
            ("@precision", precision),
            ("@place", @event.Place),
            ("@description", @event.Description),
            ("@modality", Codec.Enum(@event.Modality)),
            ("@fingerprint", fingerprint));

        if (stored is not null)
        {
            session.Execute("DELETE FROM event_participants WHERE event_id = @id;", ("@id", @event.Id));
        }

        for (var i = 0; i < participants.Count; i++)
        {
            session.Execute(
                "INSERT INTO event_participants (event_id, position, actor_id, role) VALUES (@event, @position, @actor, @role);",
                ("@event", @event.Id),
                ("@position", i),
                ("@actor", participants[i].ActorId),
                ("@role", Codec.Enum(participants[i].Role)));
        }

        ReplaceEvidence(EvidenceOwner.Event, @event.Id, @event.Evidence, stored is not null);
        references.EventWritten(@event.Id);
        return stored is null ? WriteOutcome.Inserted : WriteOutcome.Updated;
    }

    /// <summary>
    /// A retraction given with the relationship is stored; a relationship given without one keeps the
    /// retraction it may have, so that re-importing a source does not undo an analyst's retraction.
    /// </summary>
    public WriteOutcome Upsert(Relationship relationship) => Upsert(relationship, Fingerprint.Of(relationship));

    /// <summary>As <see cref="Upsert(Relationship)"/>, with the relationship's <see cref="Fingerprint"/> worked out already.</summary>
    public WriteOutcome Upsert(Relationship relationship, string fingerprint)
    {
        var stored = StoredFingerprint("relationships", relationship.Id);
        if (stored == fingerprint)
        {
            return WriteOutcome.Unchanged;
        }

        var referrer = $"Relationship '{relationship.Id}'";
        var source = references.Actor(relationship.SourceId, referrer);
        var target = references.Actor(relationship.TargetId, referrer);
        if (relationship.EventId is { } eventId)
        {
            references.Event(eventId, referrer);
        }

        references.Evidence(relationship.Evidence, referrer);
        var retraction = relationship.Retraction;
        var statement = stored is null
            ? _insertRelationship ??= session.Native(InsertRelationship)
            : _updateRelationship ??= session.Native(UpdateRelationship);
        Span<byte> day = stackalloc byte[16];
        statement
            .Bind("@id", relationship.Id)
            .Bind("@type", relationship.Type)
            .Bind("@source", source)
            .Bind("@target", target)
            .Bind("@reported", day[..Utf8Codec.WriteDay(relationship.ReportedOn, day)])
            .Bind("@effectiveStart", day[..Utf8Codec.WriteDay(relationship.EffectiveDate, day)])
            .Bind("@effectiveEnd", day[..Utf8Codec.WriteDay(relationship.Date?.End ?? relationship.ReportedOn, day)])
            .Bind("@place", relationship.Place)
            .Bind("@modality", Utf8Codec.Name(relationship.Modality))
            .Bind("@attribution", relationship.Attribution)
            .Bind("@confidence", relationship.Confidence)
            .Bind("@event", relationship.EventId)
            .Bind("@evidenceCount", relationship.Evidence.Count)
            .Bind("@reason", retraction?.Reason)
            .Bind("@retractedAt", retraction is null ? null : Codec.Instant(retraction.At))
            .Bind("@retractedBy", retraction?.By)
            .Bind("@fingerprint", fingerprint);
        if (relationship.Date is { } date)
        {
            statement
                .Bind("@start", day[..Utf8Codec.WriteDay(date.Start, day)])
                .Bind("@end", day[..Utf8Codec.WriteDay(date.End, day)])
                .Bind("@precision", Utf8Codec.Name(date.Precision));
        }
        else
        {
            statement.BindNull("@start").BindNull("@end").BindNull("@precision");
        }

        statement.Execute();
        ReplaceEvidence(EvidenceOwner.Relationship, relationship.Id, relationship.Evidence, stored is not null);
        return stored is null ? WriteOutcome.Inserted : WriteOutcome.Updated;
    }

    /// <summary>Marks the relationship retracted; returns its ends for the audit trail.</summary>
    public (string SourceId, string TargetId) Retract(string relationshipId, Retraction retraction)
    {
        (string, string) ends;
        var command = session.Prepared("SELECT source_id, target_id, retraction_reason FROM relationships WHERE id = @id;").Bind("@id", relationshipId);
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                throw new NotFoundException($"Relationship '{relationshipId}' does not exist.");
            }

            if (!reader.IsDBNull(2))
            {
                throw new ConflictException($"Relationship '{relationshipId}' is already retracted ({reader.GetString(2)}).");
            }

            ends = (reader.GetString(0), reader.GetString(1));
        }

        session.Execute(
            "UPDATE relationships SET retraction_reason = @reason, retracted_at = @at, retracted_by = @by WHERE id = @id;",
            ("@id", relationshipId),
            ("@reason", retraction.Reason),
            ("@at", Codec.Instant(retraction.At)),
            ("@by", retraction.By));
        return ends;
    }

    /// <summary>Aliases in order, the first of several with the same key kept.</summary>
    public static List<(string Alias, string Key)> DistinctAliases(IEnumerable<string> aliases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. aliases.Select(a => (Alias: a, Key: AliasKey(a))).Where(a => seen.Add(a.Key))];
    }

    /// <summary>Two aliases that differ only in case or surrounding blanks are the same alias.</summary>
    public static string AliasKey(string alias) => alias.Trim().ToLowerInvariant();

    public void InsertAlias(string actorId, int position, string alias, string key) =>
        session.Execute(
            "INSERT INTO actor_aliases (actor_id, position, alias, alias_key) VALUES (@actor, @position, @alias, @key);",
            ("@actor", actorId),
            ("@position", position),
            ("@alias", alias),
            ("@key", key));

    /// <summary>A store's first import has nothing to look up: asking for each of a million ids would find none.</summary>
    private bool IsEmpty(string table) => session.Scalar<long>($"SELECT NOT EXISTS (SELECT 1 FROM {table});") == 1;

    private (string? Fingerprint, string? MergedInto) StoredActor(string id)
    {
        if (_preloadedActors is { } preloaded)
        {
            return preloaded.TryGetValue(id, out var stored) ? stored : (null, null);
        }

        var command = session.Prepared("SELECT fingerprint, merged_into FROM actors WHERE id = @id;").Bind("@id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetStringOrNull(1)) : (null, null);
    }

    private string? StoredFingerprint(string table, string id) =>
        _preloaded.TryGetValue(table, out var fingerprints)
            ? fingerprints.GetValueOrDefault(id)
            : session.Scalar<string>($"SELECT fingerprint FROM {table} WHERE id = @id;", ("@id", id));

    private static (string? Start, string? End, string? Precision) DateColumns(FuzzyDate? date) =>
        date is { } value ? (Codec.Day(value.Start), Codec.Day(value.End), Codec.Enum(value.Precision)) : (null, null, null);

    private void ReplaceEvidence(string ownerKind, string ownerId, IReadOnlyList<Evidence> evidence, bool replacing)
    {
        if (replacing)
        {
            session.Execute("DELETE FROM evidence WHERE owner_kind = @kind AND owner_id = @id;", ("@kind", ownerKind), ("@id", ownerId));
        }

        var insert = _insertEvidence ??= session.Native(
            "INSERT INTO evidence (owner_kind, owner_id, position, document_id, quote, start_offset, end_offset) "
                + "VALUES (@kind, @owner, @position, @document, @quote, @start, @end);");
        for (var i = 0; i < evidence.Count; i++)
        {
            insert
                .Bind("@kind", ownerKind)
                .Bind("@owner", ownerId)
                .Bind("@position", i)
                .Bind("@document", evidence[i].DocumentId)
                .Bind("@quote", evidence[i].Quote)
                .Bind("@start", evidence[i].Start)
                .Bind("@end", evidence[i].End)
                .Execute();
        }
    }
}

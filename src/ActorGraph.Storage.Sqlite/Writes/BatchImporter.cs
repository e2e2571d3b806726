using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Audit;
using ActorGraph.Storage.Sqlite.Database;

namespace ActorGraph.Storage.Sqlite.Writes;

/// <summary>
/// Upserts a batch inside one write transaction, in dependency order (documents, actors, affiliations, events,
/// relationships), auditing each record it inserts or changes and nothing else.
/// </summary>
internal static class BatchImporter
{
    private const string Details = "import";

    /// <summary>
    /// A batch of this many records or more returns once committed and leaves copying its pages from the WAL into the
    /// database file to a checkpoint in the background. Smaller batches checkpoint at commit: leaving a 20,000-record
    /// batch's checkpoint to the background made it return sooner, but the neighbourhood queries after it slower
    /// (docs/benchmarks.md).
    /// </summary>
    public const long BackgroundCheckpointRecords = DeferredIndexes.MinimumRows;

    /// <summary>Whether the batch is large enough to be loaded directly into an empty store (<see cref="Database.DirectLoad"/>).</summary>
    public static bool IsLarge(GraphBatch batch) => RecordCount(batch) >= BackgroundCheckpointRecords;

    public static ImportResult Import(SqlSession session, GraphBatch batch, ChangeContext context)
    {
        RejectDuplicates(batch);

        // Hashing was about a tenth of the work of writing a relationship, and gathering the ids the batch refers to took
        // a second for a million relationships; another core does both while this one writes documents and actors.
        using var abandon = new CancellationTokenSource();
        var fingerprints = new RelationshipFingerprints(batch.Relationships);
        var referencing = Task.Run(() => ReferencedIds.Of(batch), abandon.Token);
        _ = Task.Run(() => fingerprints.WorkBackwards(abandon.Token), abandon.Token);
        try
        {
            return Import(session, batch, context, fingerprints, referencing);
        }
        finally
        {
            abandon.Cancel();
        }
    }

    private static ImportResult Import(SqlSession session, GraphBatch batch, ChangeContext context, RelationshipFingerprints fingerprints, Task<ReferencedIds> referencing)
    {
        if (IsLarge(batch))
        {
            session.DeferCheckpoint();
        }

        var references = new References(session);
        var writer = new RecordWriter(session, references);
        var audit = new AuditTrail(session, context);
        var counts = new int[3];
        writer.PreloadFingerprints("documents", [.. batch.Documents.Select(d => d.Id)]);
        writer.PreloadActors([.. batch.Actors.Select(a => a.Id)]);
        writer.PreloadFingerprints("affiliations", [.. batch.Affiliations.Select(a => a.Id)]);
        writer.PreloadFingerprints("events", [.. batch.Events.Select(e => e.Id)]);
        var newRelationships = writer.PreloadFingerprints("relationships", [.. batch.Relationships.Select(r => r.Id)]);

        foreach (var document in batch.Documents)
        {
            Count(writer.Upsert(document), AuditVocabulary.Document, document.Id, []);
        }

        writer.DeferSearch();
        foreach (var actor in batch.Actors)
        {
            Count(writer.Upsert(actor), AuditVocabulary.Actor, actor.Id, [actor.Id]);
        }

        writer.CompleteSearch();

        // After the batch's own documents and actors, so that looking them up finds them too.
        var referenced = referencing.GetAwaiter().GetResult();
        references.Preload(referenced.Actors, referenced.Documents, referenced.Events);

        foreach (var affiliation in batch.Affiliations)
        {
            Count(writer.Upsert(affiliation), AuditVocabulary.Affiliation, affiliation.Id, [affiliation.MemberId, affiliation.OrganisationId]);
        }

        foreach (var @event in batch.Events)
        {
            Count(writer.Upsert(@event), AuditVocabulary.Event, @event.Id, [.. @event.Participants.Select(p => p.ActorId)]);
        }

        var relationshipIndexes = DeferredIndexes.Prepare(session, "relationships", newRelationships);
        var evidenceIndexes = DeferredIndexes.Prepare(session, "evidence", NewEvidence(batch.Relationships, newRelationships));
        for (var i = 0; i < batch.Relationships.Count; i++)
        {
            var relationship = batch.Relationships[i];
            Count(writer.Upsert(relationship, fingerprints.For(i)), AuditVocabulary.Relationship, relationship.Id, [relationship.SourceId, relationship.TargetId]);
        }

        relationshipIndexes.Rebuild();
        evidenceIndexes.Rebuild();

        audit.Complete();
        return new ImportResult(counts[(int)WriteOutcome.Inserted], counts[(int)WriteOutcome.Updated], counts[(int)WriteOutcome.Unchanged]);

        void Count(WriteOutcome outcome, string kind, string id, IEnumerable<string> actorIds)
        {
            counts[(int)outcome]++;
            if (outcome != WriteOutcome.Unchanged)
            {
                audit.Record(outcome == WriteOutcome.Inserted ? AuditVocabulary.Insert : AuditVocabulary.Update, kind, id, actorIds, Details);
            }
        }
    }

    private static long RecordCount(GraphBatch batch) =>
        (long)batch.Documents.Count + batch.Actors.Count + batch.Affiliations.Count + batch.Events.Count + batch.Relationships.Count;

    /// <summary>About how many evidence rows the new relationships bring (their share of the batch's evidence).</summary>
    private static long NewEvidence(IReadOnlyList<Relationship> relationships, int newRelationships) =>
        newRelationships == 0 ? 0 : relationships.Sum(r => (long)r.Evidence.Count) * newRelationships / relationships.Count;

    private static void RejectDuplicates(GraphBatch batch)
    {
        Check("document", batch.Documents.Select(d => d.Id));
        Check("actor", batch.Actors.Select(a => a.Id));
        Check("affiliation", batch.Affiliations.Select(a => a.Id));
        Check("event", batch.Events.Select(e => e.Id));
        Check("relationship", batch.Relationships.Select(r => r.Id));

        static void Check(string kind, IEnumerable<string> ids)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var duplicates = ids.Where(id => !seen.Add(id)).Distinct(StringComparer.Ordinal).Take(5).ToList();
            if (duplicates.Count > 0)
            {
                throw new ConflictException($"The batch holds the {kind} id(s) {string.Join(", ", duplicates.Select(d => $"'{d}'"))} more than once.");
            }
        }
    }
}

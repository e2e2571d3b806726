using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
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

    public static ImportResult Import(SqlSession session, GraphBatch batch, ChangeContext context)
    {
        RejectDuplicates(batch);
        var references = new References(session);
        var writer = new RecordWriter(session, references);
        var audit = new AuditTrail(session, context);
        var counts = new int[3];
        writer.PreloadFingerprints("documents", [.. batch.Documents.Select(d => d.Id)]);
        writer.PreloadFingerprints("affiliations", [.. batch.Affiliations.Select(a => a.Id)]);
        writer.PreloadFingerprints("events", [.. batch.Events.Select(e => e.Id)]);
        writer.PreloadFingerprints("relationships", [.. batch.Relationships.Select(r => r.Id)]);

        foreach (var document in batch.Documents)
        {
            Count(writer.Upsert(document), AuditVocabulary.Document, document.Id, []);
        }

        foreach (var actor in batch.Actors)
        {
            Count(writer.Upsert(actor), AuditVocabulary.Actor, actor.Id, [actor.Id]);
        }

        foreach (var affiliation in batch.Affiliations)
        {
            Count(writer.Upsert(affiliation), AuditVocabulary.Affiliation, affiliation.Id, [affiliation.MemberId, affiliation.OrganisationId]);
        }

        foreach (var @event in batch.Events)
        {
            Count(writer.Upsert(@event), AuditVocabulary.Event, @event.Id, [.. @event.Participants.Select(p => p.ActorId)]);
        }

        foreach (var relationship in batch.Relationships)
        {
            Count(writer.Upsert(relationship), AuditVocabulary.Relationship, relationship.Id, [relationship.SourceId, relationship.TargetId]);
        }

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

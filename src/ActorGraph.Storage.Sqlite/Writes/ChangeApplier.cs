using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Audit;
using ActorGraph.Storage.Sqlite.Database;

namespace ActorGraph.Storage.Sqlite.Writes;

/// <summary>Applies a list of changes in order inside one write transaction, auditing each one that changes something.</summary>
internal static class ChangeApplier
{
    public static void Apply(SqlSession session, IReadOnlyList<GraphChange> changes, ChangeContext context)
    {
        var references = new References(session);
        var writer = new RecordWriter(session, references);
        var merger = new ActorMerger(session, writer, references);
        var audit = new AuditTrail(session, context);

        for (var i = 0; i < changes.Count; i++)
        {
            switch (changes[i])
            {
                case UpsertDocument { Document: var document }:
                    Upserted(writer.Upsert(document), AuditVocabulary.Document, document.Id, []);
                    break;
                case UpsertActor { Actor: var actor }:
                    Upserted(writer.Upsert(actor), AuditVocabulary.Actor, actor.Id, [actor.Id]);
                    break;
                case UpsertAffiliation { Affiliation: var affiliation }:
                    Upserted(writer.Upsert(affiliation), AuditVocabulary.Affiliation, affiliation.Id, [affiliation.MemberId, affiliation.OrganisationId]);
                    break;
                case UpsertEvent { Event: var @event }:
                    Upserted(writer.Upsert(@event), AuditVocabulary.Event, @event.Id, [.. @event.Participants.Select(p => p.ActorId)]);
                    break;
                case UpsertRelationship { Relationship: var relationship }:
                    Upserted(writer.Upsert(relationship), AuditVocabulary.Relationship, relationship.Id, [relationship.SourceId, relationship.TargetId]);
                    break;
                case RetractRelationship retract:
                    if (string.IsNullOrWhiteSpace(retract.Reason))
                    {
                        throw new ValidationException($"changes[{i}].reason", "A retraction needs a reason.");
                    }

                    var (source, target) = writer.Retract(retract.RelationshipId, new Retraction(retract.Reason, context.At, context.Who));
                    audit.Record(AuditVocabulary.Retract, AuditVocabulary.Relationship, retract.RelationshipId, [source, target], retract.Reason);
                    break;
                case MergeActors merge:
                    merger.Merge(merge.SurvivorId, merge.MergedId, context.At);
                    audit.Record(AuditVocabulary.Merge, AuditVocabulary.Actor, merge.MergedId, [merge.SurvivorId, merge.MergedId], $"into {merge.SurvivorId}");
                    break;
                case UndoMerge undo:
                    var survivor = merger.Undo(undo.MergedId);
                    audit.Record(AuditVocabulary.UndoMerge, AuditVocabulary.Actor, undo.MergedId, [survivor, undo.MergedId], $"out of {survivor}");
                    break;
                default:
                    throw new ValidationException($"changes[{i}]", $"'{changes[i]?.GetType().Name ?? "null"}' is not a change this store knows.");
            }
        }

        audit.Complete();

        void Upserted(WriteOutcome outcome, string kind, string id, IEnumerable<string> actorIds)
        {
            if (outcome != WriteOutcome.Unchanged)
            {
                audit.Record(outcome == WriteOutcome.Inserted ? AuditVocabulary.Insert : AuditVocabulary.Update, kind, id, actorIds);
            }
        }
    }
}

using ActorGraph.Domain.Changes;

namespace ActorGraph.Domain.Validation;

/// <summary>
/// The ids a batch refers to but does not define, so a caller can fetch exactly those from the store
/// (in one batched call per kind) before validating the batch against what is stored.
/// </summary>
public sealed record BatchReferences(IReadOnlySet<string> ActorIds, IReadOnlySet<string> DocumentIds, IReadOnlySet<string> EventIds)
{
    public static BatchReferences Of(GraphBatch batch)
    {
        var actors = batch.Relationships.SelectMany(r => (string[])[r.SourceId, r.TargetId])
            .Concat(batch.Affiliations.SelectMany(a => (string[])[a.MemberId, a.OrganisationId]))
            .Concat(batch.Events.SelectMany(e => e.Participants.Select(p => p.ActorId)))
            .Except(batch.Actors.Select(a => a.Id), StringComparer.Ordinal);
        var documents = batch.Relationships.SelectMany(r => r.Evidence)
            .Concat(batch.Affiliations.SelectMany(a => a.Evidence))
            .Concat(batch.Events.SelectMany(e => e.Evidence))
            .Select(e => e.DocumentId)
            .Except(batch.Documents.Select(d => d.Id), StringComparer.Ordinal);
        var events = batch.Relationships.Select(r => r.EventId).OfType<string>()
            .Except(batch.Events.Select(e => e.Id), StringComparer.Ordinal);
        return new(actors.ToHashSet(StringComparer.Ordinal), documents.ToHashSet(StringComparer.Ordinal), events.ToHashSet(StringComparer.Ordinal));
    }
}

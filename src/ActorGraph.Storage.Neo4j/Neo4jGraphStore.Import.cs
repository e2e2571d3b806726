using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Vocabulary;
using ActorGraph.Storage.Neo4j.Mapping;
using ActorGraph.Storage.Neo4j.Writes;

namespace ActorGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// One explicit transaction: a read of what exists (with fingerprints), then one UNWIND ... MERGE statement per
    /// record kind and batch for the records that are new or changed, and the audit trail in the commit request.
    /// </summary>
    public Task<ImportResult> ImportAsync(GraphBatch batch, ChangeContext context, CancellationToken cancellationToken = default)
    {
        CheckDuplicates(batch);
        return _client.InTransactionAsync(
            async transaction =>
            {
                var writer = new GraphWriter(transaction, context, _options.ImportBatchSize);
                var existing = await writer.ReadExistingAsync(
                    batch.Actors.Select(a => a.Id)
                        .Concat(batch.Relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }))
                        .Concat(batch.Affiliations.SelectMany(a => new[] { a.MemberId, a.OrganisationId }))
                        .Concat(batch.Events.SelectMany(e => e.Participants.Select(p => p.ActorId))),
                    batch.Documents.Select(d => d.Id).Concat(AllEvidence(batch).Select(e => e.DocumentId)),
                    batch.Events.Select(e => e.Id).Concat(batch.Relationships.Select(r => r.EventId).OfType<string>()),
                    batch.Affiliations.Select(a => a.Id),
                    batch.Relationships.Select(r => r.Id)).ConfigureAwait(false);

                var outcome = new ImportOutcome(existing, writer);
                var documents = outcome.Changed("Document", "Document", batch.Documents, d => d.Id, Rows.Document, _ => []);
                var actors = outcome.Changed("Actor", "Actor", batch.Actors, a => a.Id, Rows.Actor, a => [a.Id]);
                var affiliations = outcome.Changed("Affiliation", "Affiliation", batch.Affiliations, a => a.Id, Rows.Affiliation, a => [a.MemberId, a.OrganisationId]);
                var events = outcome.Changed("Event", "Event", batch.Events, e => e.Id, Rows.Event, e => e.Participants.Select(p => p.ActorId));
                var relationships = outcome.Changed("Claim", "Relationship", batch.Relationships, r => r.Id, Rows.Claim, r => [r.SourceId, r.TargetId]);

                var checks = new WriteChecks(RelationshipVocabulary.Default, existing, batch.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal));
                for (var i = 0; i < batch.Relationships.Count; i++)
                {
                    checks.Relationship(batch.Relationships[i], $"/relationships/{i}");
                }

                for (var i = 0; i < batch.Affiliations.Count; i++)
                {
                    checks.Affiliation(batch.Affiliations[i], $"/affiliations/{i}");
                }

                for (var i = 0; i < batch.Events.Count; i++)
                {
                    checks.Event(batch.Events[i], $"/events/{i}");
                }

                checks.ThrowMissingAsNotFound();

                await writer.UpsertDocumentsAsync(documents).ConfigureAwait(false);
                await writer.UpsertActorsAsync(actors).ConfigureAwait(false);
                await writer.UpsertAffiliationsAsync(affiliations).ConfigureAwait(false);
                await writer.UpsertEventsAsync(events).ConfigureAwait(false);
                await writer.UpsertClaimsAsync(relationships).ConfigureAwait(false);
                writer.CommitAudit();
                return outcome.Result;
            },
            cancellationToken);
    }

    private static IEnumerable<Domain.Documents.Evidence> AllEvidence(GraphBatch batch) =>
        batch.Relationships.SelectMany(r => r.Evidence).Concat(batch.Affiliations.SelectMany(a => a.Evidence)).Concat(batch.Events.SelectMany(e => e.Evidence));

    private static void CheckDuplicates(GraphBatch batch)
    {
        var issues = new List<ValidationIssue>();
        Duplicates(batch.Documents.Select(d => d.Id), "/documents", issues);
        Duplicates(batch.Actors.Select(a => a.Id), "/actors", issues);
        Duplicates(batch.Affiliations.Select(a => a.Id), "/affiliations", issues);
        Duplicates(batch.Events.Select(e => e.Id), "/events", issues);
        Duplicates(batch.Relationships.Select(r => r.Id), "/relationships", issues);
        var aliasOwners = batch.Actors
            .SelectMany(a => a.Aliases.Select(alias => (Key: alias.ToLowerInvariant(), a.Id)))
            .Distinct()
            .GroupBy(x => x.Key)
            .Where(g => g.Count() > 1);
        issues.AddRange(aliasOwners.Select(g => new ValidationIssue("/actors", $"The alias '{g.Key}' is claimed by {string.Join(" and ", g.Select(x => x.Id))}.")));
        if (issues.Count > 0)
        {
            throw new ConflictException(string.Join("; ", issues));
        }
    }

    private static void Duplicates(IEnumerable<string> ids, string path, List<ValidationIssue> issues) =>
        issues.AddRange(ids.Select((id, i) => (id, i)).GroupBy(x => x.id).Where(g => g.Count() > 1)
            .Select(g => new ValidationIssue($"{path}/{g.Skip(1).First().i}/id", $"The id '{g.Key}' appears {g.Count()} times.")));
}

using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Vocabulary;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Mapping;
using ActorGraph.Storage.Neo4j.QueryApi;
using ActorGraph.Storage.Neo4j.Writes;

namespace ActorGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Applies the changes in order in one explicit transaction; the audit records travel in the commit request.</summary>
    public Task ApplyAsync(IReadOnlyList<GraphChange> changes, ChangeContext context, CancellationToken cancellationToken = default)
    {
        if (changes.Count == 0)
        {
            return Task.CompletedTask;
        }

        return _client.InTransactionAsync(
            async transaction =>
            {
                var writer = new GraphWriter(transaction, context, _options.ImportBatchSize);
                var existing = await ReadNamedRecordsAsync(writer, changes).ConfigureAwait(false);
                var documents = changes.OfType<UpsertDocument>().Select(c => c.Document).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
                for (var i = 0; i < changes.Count; i++)
                {
                    await ApplyOneAsync(writer, existing, documents, changes[i], $"/{i}").ConfigureAwait(false);
                }

                writer.CommitAudit();
                return true;
            },
            cancellationToken);
    }

    private static Task<ExistingRecords> ReadNamedRecordsAsync(GraphWriter writer, IReadOnlyList<GraphChange> changes)
    {
        var actors = new List<string>();
        var documents = new List<string>();
        var events = new List<string>();
        var affiliations = new List<string>();
        var relationships = new List<string>();
        foreach (var change in changes)
        {
            switch (change)
            {
                case UpsertActor c:
                    actors.Add(c.Actor.Id);
                    break;
                case UpsertDocument c:
                    documents.Add(c.Document.Id);
                    break;
                case UpsertAffiliation c:
                    affiliations.Add(c.Affiliation.Id);
                    actors.AddRange([c.Affiliation.MemberId, c.Affiliation.OrganisationId]);
                    documents.AddRange(c.Affiliation.Evidence.Select(e => e.DocumentId));
                    break;
                case UpsertEvent c:
                    events.Add(c.Event.Id);
                    actors.AddRange(c.Event.Participants.Select(p => p.ActorId));
                    documents.AddRange(c.Event.Evidence.Select(e => e.DocumentId));
                    break;
                case UpsertRelationship c:
                    relationships.Add(c.Relationship.Id);
                    actors.AddRange([c.Relationship.SourceId, c.Relationship.TargetId]);
                    documents.AddRange(c.Relationship.Evidence.Select(e => e.DocumentId));
                    events.AddRange(c.Relationship.EventId is { } eventId ? [eventId] : []);
                    break;
                case RetractRelationship c:
                    relationships.Add(c.RelationshipId);
                    break;
                case MergeActors c:
                    actors.AddRange([c.SurvivorId, c.MergedId]);
                    break;
                case UndoMerge c:
                    actors.Add(c.MergedId);
                    break;
                default:
                    throw new ValidationException(string.Empty, $"The change {change.GetType().Name} is not supported by the Neo4j store.");
            }
        }

        return writer.ReadExistingAsync(actors, documents, events, affiliations, relationships);
    }

    private static async Task ApplyOneAsync(GraphWriter writer, ExistingRecords existing, IReadOnlyDictionary<string, Document> documents, GraphChange change, string path)
    {
        var checks = new WriteChecks(RelationshipVocabulary.Default, existing, documents);
        switch (change)
        {
            case UpsertActor c:
                await writer.UpsertActorsAsync([Rows.Actor(c.Actor)]).ConfigureAwait(false);
                Upserted(writer, existing, "Actor", "Actor", c.Actor.Id, [c.Actor.Id]);
                break;

            case UpsertDocument c:
                await writer.UpsertDocumentsAsync([Rows.Document(c.Document)]).ConfigureAwait(false);
                Upserted(writer, existing, "Document", "Document", c.Document.Id, []);
                break;

            case UpsertAffiliation c:
                checks.Affiliation(c.Affiliation, path + "/affiliation");
                checks.ThrowMissingAsNotFound();
                await writer.UpsertAffiliationsAsync([Rows.Affiliation(c.Affiliation)]).ConfigureAwait(false);
                Upserted(writer, existing, "Affiliation", "Affiliation", c.Affiliation.Id, [c.Affiliation.MemberId, c.Affiliation.OrganisationId]);
                break;

            case UpsertEvent c:
                checks.Event(c.Event, path + "/event");
                checks.ThrowMissingAsNotFound();
                await writer.UpsertEventsAsync([Rows.Event(c.Event)]).ConfigureAwait(false);
                Upserted(writer, existing, "Event", "Event", c.Event.Id, c.Event.Participants.Select(p => p.ActorId));
                break;

            case UpsertRelationship c:
                checks.Relationship(c.Relationship, path + "/relationship");
                checks.ThrowMissingAsNotFound();
                await writer.UpsertClaimsAsync([Rows.Claim(c.Relationship)]).ConfigureAwait(false);
                Upserted(writer, existing, "Claim", "Relationship", c.Relationship.Id, [c.Relationship.SourceId, c.Relationship.TargetId]);
                break;

            case RetractRelationship c:
                if (!existing.Contains("Claim", c.RelationshipId))
                {
                    throw new NotFoundException($"No relationship '{c.RelationshipId}'.");
                }

                var linked = await writer.RetractAsync(c.RelationshipId, c.Reason).ConfigureAwait(false);
                writer.Audit("Retract", "Relationship", c.RelationshipId, linked, c.Reason);
                break;

            case MergeActors c:
                await MergeAsync(writer, existing, c).ConfigureAwait(false);
                break;

            case UndoMerge c:
                await UndoMergeAsync(writer, existing, c).ConfigureAwait(false);
                break;
        }
    }

    private static async Task MergeAsync(GraphWriter writer, ExistingRecords existing, MergeActors change)
    {
        if (change.SurvivorId == change.MergedId)
        {
            throw new ValidationException("mergedId", $"An actor cannot be merged into itself ('{change.MergedId}').");
        }

        foreach (var id in new[] { change.SurvivorId, change.MergedId })
        {
            if (!existing.Contains("Actor", id))
            {
                throw new NotFoundException($"No actor '{id}'.");
            }

            if (existing.MergedInto(id) is { } survivor)
            {
                throw new ConflictException($"The actor '{id}' is already merged into '{survivor}'.");
            }
        }

        var state = await writer.MergeStateAsync(change.MergedId).ConfigureAwait(false);
        var absorbed = state[change.MergedId].MergedHere;
        await writer.RelinkAsync(
            [change.MergedId, .. absorbed],
            new CypherStatement(MergeCypher.Merge, new Dictionary<string, object?> { ["survivorId"] = change.SurvivorId, ["mergedId"] = change.MergedId, ["absorbedIds"] = absorbed.ToList() }))
            .ConfigureAwait(false);
        existing.SetMergedInto(change.MergedId, change.SurvivorId);
        foreach (var id in absorbed)
        {
            existing.SetMergedInto(id, change.SurvivorId);
        }

        writer.Audit("Merge", "Actor", change.MergedId, [change.SurvivorId, change.MergedId, .. absorbed], $"merged into {change.SurvivorId}");
    }

    private static async Task UndoMergeAsync(GraphWriter writer, ExistingRecords existing, UndoMerge change)
    {
        if (!existing.Contains("Actor", change.MergedId))
        {
            throw new NotFoundException($"No actor '{change.MergedId}'.");
        }

        var survivor = existing.MergedInto(change.MergedId)
            ?? throw new ConflictException($"The actor '{change.MergedId}' is not merged (or its merge was already undone).");
        var state = await writer.MergeStateAsync(change.MergedId).ConfigureAwait(false);
        var absorbed = state[change.MergedId].Absorbed;
        await writer.RelinkAsync(
            [change.MergedId, .. absorbed],
            new CypherStatement(MergeCypher.Undo, new Dictionary<string, object?> { ["mergedId"] = change.MergedId }))
            .ConfigureAwait(false);
        existing.SetMergedInto(change.MergedId, null);
        foreach (var id in absorbed)
        {
            existing.SetMergedInto(id, change.MergedId);
        }

        writer.Audit("UndoMerge", "Actor", change.MergedId, [survivor, change.MergedId, .. absorbed], $"restored from {survivor}");
    }

    private static void Upserted(GraphWriter writer, ExistingRecords existing, string label, string entityKind, string id, IEnumerable<string> actorIds)
    {
        writer.Audit(existing.Contains(label, id) ? "Update" : "Insert", entityKind, id, actorIds);
        existing.Add(label, id, fingerprint: null);
    }
}

using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Mapping;
using ActorGraph.Storage.Neo4j.QueryApi;

namespace ActorGraph.Storage.Neo4j.Writes;

/// <summary>
/// The write statements of one explicit transaction, each sent for a whole batch of rows, and the audit records
/// that go with them (appended in the commit request).
/// </summary>
internal sealed class GraphWriter(QueryApiTransaction transaction, ChangeContext context, int batchSize)
{
    private readonly List<Dictionary<string, object?>> _audit = [];

    public async Task<ExistingRecords> ReadExistingAsync(
        IEnumerable<string> actorIds, IEnumerable<string> documentIds, IEnumerable<string> eventIds, IEnumerable<string> affiliationIds, IEnumerable<string> relationshipIds)
    {
        var result = await transaction.RunAsync(new CypherStatement(StoreCypher.Existing, new Dictionary<string, object?>
        {
            ["actorIds"] = Distinct(actorIds),
            ["documentIds"] = Distinct(documentIds),
            ["eventIds"] = Distinct(eventIds),
            ["affiliationIds"] = Distinct(affiliationIds),
            ["relationshipIds"] = Distinct(relationshipIds),
        })).ConfigureAwait(false);
        return ExistingRecords.From(result);
    }

    public Task UpsertDocumentsAsync(IReadOnlyList<Dictionary<string, object?>> rows) => UpsertAsync(DocumentCypher.Upsert, rows, "documents");

    public async Task UpsertActorsAsync(IReadOnlyList<Dictionary<string, object?>> rows)
    {
        foreach (var chunk in rows.Chunk(batchSize))
        {
            var conflicts = await transaction.RunAsync(new CypherStatement(ActorCypher.AliasConflicts, new Dictionary<string, object?> { ["rows"] = chunk })).ConfigureAwait(false);
            var first = conflicts.Rows.FirstOrDefault();
            if (first is not null)
            {
                throw new ConflictException($"The alias '{first.Strings("aliases").FirstOrDefault()}' of actor '{first.String("id")}' is already an alias of '{first.String("otherId")}'.");
            }
        }

        await UpsertAsync(ActorCypher.Upsert, rows, "actors", new Dictionary<string, object?> { ["kindLabels"] = GraphModel.KindLabels.ToList() }).ConfigureAwait(false);
    }

    public Task UpsertEventsAsync(IReadOnlyList<Dictionary<string, object?>> rows) => UpsertAsync(EventCypher.Upsert, rows, "events");

    /// <summary>Rewrites affiliations: their typed relationships go, the nodes are written, the typed relationships come back.</summary>
    public async Task UpsertAffiliationsAsync(IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var ids = rows.Select(r => (string)r["id"]!).ToList();
        await RunForIdsAsync(AffiliationCypher.DeleteEdges, ids).ConfigureAwait(false);
        await UpsertAsync(AffiliationCypher.Upsert, rows, "affiliations").ConfigureAwait(false);
        await RunForIdsAsync(AffiliationCypher.CreateEdges, ids).ConfigureAwait(false);
    }

    /// <summary>Rewrites claims the same way: typed relationships out, claim nodes in, typed relationships back.</summary>
    public async Task UpsertClaimsAsync(IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var ids = rows.Select(r => (string)r["id"]!).ToList();
        await RunForIdsAsync(RelationshipCypher.DeleteEdges, ids).ConfigureAwait(false);
        await UpsertAsync(RelationshipCypher.UpsertClaims, rows, "relationships").ConfigureAwait(false);
        await RunForIdsAsync(RelationshipCypher.CreateEdges, ids).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> RetractAsync(string relationshipId, string reason)
    {
        var result = await transaction.RunAsync(new CypherStatement(RelationshipCypher.Retract, new Dictionary<string, object?>
        {
            ["id"] = relationshipId,
            ["reason"] = reason,
            ["at"] = context.At,
            ["by"] = context.Who,
        })).ConfigureAwait(false);
        var row = result.Rows.FirstOrDefault() ?? throw new NotFoundException($"No relationship '{relationshipId}'.");
        if (row.TryGetValue("wasRetracted", out var was) && was is true)
        {
            // Throwing rolls the whole transaction back, the second retraction included.
            throw new ConflictException($"The relationship '{relationshipId}' is already retracted.");
        }

        return row.Strings("actorIds");
    }

    /// <summary>What is merged into each of these actors, and which actors each absorbed when it was merged.</summary>
    public async Task<IReadOnlyDictionary<string, (string? MergedInto, IReadOnlyList<string> Absorbed, IReadOnlyList<string> MergedHere)>> MergeStateAsync(params string[] ids)
    {
        var result = await transaction.RunAsync(new CypherStatement(MergeCypher.State, new Dictionary<string, object?> { ["ids"] = ids.ToList() })).ConfigureAwait(false);
        return result.Rows.ToDictionary(r => r.String("id"), r => (r.OptionalString("mergedInto"), r.Strings("absorbedIds"), r.Strings("mergedHere")), StringComparer.Ordinal);
    }

    /// <summary>
    /// Moves the typed relationships of the claims and affiliations naming <paramref name="actorIds"/> to wherever
    /// the merge change made by <paramref name="change"/> resolves those actors.
    /// </summary>
    public async Task RelinkAsync(IReadOnlyList<string> actorIds, CypherStatement change)
    {
        var touching = await transaction.RunAsync(new CypherStatement(MergeCypher.Touching, new Dictionary<string, object?> { ["actorIds"] = actorIds.ToList() })).ConfigureAwait(false);
        var claims = touching.Rows.Where(r => r.String("kind") == "claim").Select(r => r.String("id")).ToList();
        var affiliations = touching.Rows.Where(r => r.String("kind") == "affiliation").Select(r => r.String("id")).ToList();
        await RunForIdsAsync(RelationshipCypher.DeleteEdges, claims).ConfigureAwait(false);
        await RunForIdsAsync(AffiliationCypher.DeleteEdges, affiliations).ConfigureAwait(false);
        await transaction.RunAsync(change).ConfigureAwait(false);
        await RunForIdsAsync(RelationshipCypher.CreateEdges, claims).ConfigureAwait(false);
        await RunForIdsAsync(AffiliationCypher.CreateEdges, affiliations).ConfigureAwait(false);
    }

    public void Audit(string operation, string entityKind, string entityId, IEnumerable<string> actorIds, string? details = null) =>
        _audit.Add(new Dictionary<string, object?>
        {
            ["at"] = context.At,
            ["who"] = context.Who,
            ["operation"] = operation,
            ["entityKind"] = entityKind,
            ["entityId"] = entityId,
            ["actorIds"] = Distinct(actorIds),
            ["requestId"] = context.RequestId,
            ["details"] = details,
        });

    /// <summary>Hands the audit records to the commit request.</summary>
    public void CommitAudit()
    {
        if (_audit.Count > 0)
        {
            transaction.CommitWith = new CypherStatement(AuditCypher.Append, new Dictionary<string, object?> { ["records"] = _audit });
        }
    }

    private async Task UpsertAsync(string statement, IReadOnlyList<Dictionary<string, object?>> rows, string what, Dictionary<string, object?>? extra = null)
    {
        foreach (var chunk in rows.Chunk(batchSize))
        {
            var parameters = new Dictionary<string, object?>(extra ?? []) { ["rows"] = chunk };
            var result = await transaction.RunAsync(new CypherStatement(statement, parameters)).ConfigureAwait(false);
            var written = result.Rows.Select(r => r.String("id")).ToHashSet(StringComparer.Ordinal);
            var missing = chunk.Select(r => (string)r["id"]!).FirstOrDefault(id => !written.Contains(id));
            if (missing is not null)
            {
                // A MATCH of the statement found nothing: a record named by this one is gone.
                throw new NotFoundException($"The {what} record '{missing}' names a record that does not exist.");
            }
        }
    }

    private async Task RunForIdsAsync(string statement, List<string> ids)
    {
        foreach (var chunk in ids.Chunk(batchSize))
        {
            await transaction.RunAsync(new CypherStatement(statement, new Dictionary<string, object?> { ["ids"] = chunk })).ConfigureAwait(false);
        }
    }

    private static List<string> Distinct(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal)];
}

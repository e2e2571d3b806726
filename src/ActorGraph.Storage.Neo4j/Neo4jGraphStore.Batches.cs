using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Mapping;

namespace ActorGraph.Storage.Neo4j;

/// <summary>The API's per-parent reads in batched form: one request for all the parents a data loader collected.</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsCitingAsync(
        IReadOnlyCollection<string> documentIds, bool includeRetracted, CancellationToken cancellationToken = default)
    {
        if (documentIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<Relationship>>();
        }

        var result = await ReadAsync(
            RelationshipCypher.GetCiting,
            new() { ["documentIds"] = Distinct(documentIds), ["includeRetracted"] = includeRetracted },
            cancellationToken).ConfigureAwait(false);
        return result.Rows
            .GroupBy(r => r.String("documentId"), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                IReadOnlyList<Relationship> (g) => [.. g.Select(r => Records.Relationship(r.Map("claim"))).OrderBy(r => r.Id, StringComparer.Ordinal)],
                StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ChangeRecord>>> GetChangesOfActorsAsync(
        IReadOnlyCollection<string> actorIds, int limitPerActor, CancellationToken cancellationToken = default)
    {
        if (actorIds.Count == 0 || limitPerActor <= 0)
        {
            return new Dictionary<string, IReadOnlyList<ChangeRecord>>();
        }

        var result = await ReadAsync(
            AuditCypher.ReadForActors,
            new() { ["actorIds"] = Distinct(actorIds), ["limit"] = limitPerActor },
            cancellationToken).ConfigureAwait(false);
        return result.Rows
            .Select(r => (ActorId: r.String("actorId"), Changes: r.Maps("changes")))
            .Where(r => r.Changes.Count > 0)
            .ToDictionary(
                r => r.ActorId,
                IReadOnlyList<ChangeRecord> (r) => [.. r.Changes.Select(Records.Change).OrderBy(c => c.Sequence)],
                StringComparer.Ordinal);
    }
}

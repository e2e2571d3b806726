using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Mapping;

namespace ActorGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Edge>> GetEdgesAsync(IReadOnlyCollection<string> actorIds, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        if (actorIds.Count == 0)
        {
            return [];
        }

        var parameters = EdgeParameters(filter, Distinct(actorIds), counterpartIds: null, eventId: null);
        var result = await ReadAsync(RelationshipCypher.GetEdges, parameters, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(Records.Edge)];
    }

    /// <summary>The edge read with the second set as counterparts: one request, like <see cref="GetEdgesAsync"/>.</summary>
    public async Task<IReadOnlyList<Edge>> GetEdgesBetweenAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> otherIds, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        if (actorIds.Count == 0 || otherIds.Count == 0)
        {
            return [];
        }

        var parameters = EdgeParameters(filter, Distinct(actorIds), Distinct(otherIds), eventId: null);
        var result = await ReadAsync(RelationshipCypher.GetEdges, parameters, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(Records.Edge)];
    }

    public async Task<NeighbourCounts> CountNeighboursAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> excluded, EdgeFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        if (actorIds.Count == 0)
        {
            return NeighbourCounts.None;
        }

        var parameters = EdgeParameters(filter, Distinct(actorIds), counterpartIds: null, eventId: null);
        parameters["excluded"] = Distinct(excluded);
        parameters["limit"] = Math.Max(limit, 0);
        var result = await ReadAsync(RelationshipCypher.CountNeighbours, parameters, cancellationToken).ConfigureAwait(false);
        if (result.Rows.FirstOrDefault() is not { } row)
        {
            return NeighbourCounts.None;
        }

        return new NeighbourCounts(
            row.Maps("known").ToDictionary(m => m.String("id"), m => (int)m.Long("count"), StringComparer.Ordinal),
            [.. row.Maps("best").Select(m => new KeyValuePair<string, int>(m.String("id"), (int)m.Long("count"))).Order(Comparer<KeyValuePair<string, int>>.Create(NeighbourCounts.CompareRank))],
            (int)row.Long("others"),
            [.. row.Maps("edges").Select(Records.Edge).OrderBy(e => e.RelationshipId, StringComparer.Ordinal)]);
    }

    public async Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Actor>();
        }

        var result = await ReadAsync(ActorCypher.GetByIds, new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return result.Rows.ToDictionary(r => r.String("askedId"), r => Records.Actor(r.Map("actor")), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Relationship>();
        }

        var result = await ReadAsync(RelationshipCypher.GetByIds, new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(r => Records.Relationship(r.Map("claim"))).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Document>();
        }

        var result = await ReadAsync(DocumentCypher.GetByIds, new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(r => Records.Document(r.Map("document"))).ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Event>();
        }

        var result = await ReadAsync(EventCypher.GetByIds, new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(r => Records.Event(r.Map("event"))).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Affiliation>> GetAffiliationsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default)
    {
        if (actorIds.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync(AffiliationCypher.GetByActors, new() { ["actorIds"] = Distinct(actorIds) }, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(r => Records.Affiliation(r.Map("affiliation")))];
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var row = (await ReadAsync(StoreCypher.Stats, [], cancellationToken).ConfigureAwait(false)).Rows.Single();
        return new GraphStats(
            (int)row.Long("actors"),
            (int)row.Long("relationships"),
            (int)row.Long("evidence"),
            (int)row.Long("documents"),
            (int)row.Long("events"),
            (int)row.Long("affiliations"),
            row.Maps("byType").ToDictionary(t => t.String("type"), t => (int)t.Long("count"), StringComparer.Ordinal),
            row.OptionalDate("earliest"),
            row.OptionalDate("latest"));
    }

    public async Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(DateTimeOffset? since, string? actorId, int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        var result = await ReadAsync(AuditCypher.Read, new() { ["since"] = since, ["actorId"] = actorId, ["limit"] = limit }, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(r => Records.Change(r.Map("change"))).OrderBy(c => c.Sequence)];
    }

    private static Dictionary<string, object?> EdgeParameters(EdgeFilter filter, List<string>? actorIds, IReadOnlyCollection<string>? counterpartIds, string? eventId) => new()
    {
        ["actorIds"] = actorIds,
        ["counterpartIds"] = counterpartIds is null ? null : Distinct(counterpartIds),
        ["direction"] = filter.Direction.ToString(),
        ["types"] = filter.Types is { Count: > 0 } types ? types.ToList() : null,
        ["includeRetracted"] = filter.IncludeRetracted,
        ["from"] = filter.Window.From,
        ["to"] = filter.Window.To,
        ["modalities"] = filter.Modalities is { Count: > 0 } modalities ? modalities.Select(m => m.ToString()).ToList() : null,
        ["minConfidence"] = filter.MinConfidence,
        ["documentId"] = filter.DocumentId,
        ["eventId"] = eventId,
    };
}

using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Mapping;
using ActorGraph.Storage.Neo4j.Paging;

namespace ActorGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<Page<Actor>> FindActorsAsync(ActorQuery query, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["search"] = FullTextQuery.FromSearch(query.Search),
            ["kinds"] = query.Kinds is { Count: > 0 } kinds ? kinds.Select(k => k.ToString()).ToList() : null,
            ["countries"] = query.Countries is { Count: > 0 } countries ? countries.ToList() : null,
            ["actsAs"] = query.ActsAs,
            ["from"] = query.ActiveIn.From,
            ["to"] = query.ActiveIn.To,
            ["orderBy"] = query.OrderBy.ToString(),
        }.WithPage(query.Page);
        var statement = query.Direction == SortDirection.Descending ? ActorCypher.FindDescending : ActorCypher.FindAscending;
        var result = await ReadAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        return PageReader.Read(result, query.Page, "actor", Records.Actor, a => a.Id);
    }

    public async Task<Page<Relationship>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        var actorIds = query.ActorIds is null ? null : Distinct(query.ActorIds);
        var parameters = EdgeParameters(query.Filter, actorIds, query.CounterpartIds, query.EventId);
        parameters["orderBy"] = query.OrderBy.ToString();
        parameters.WithPage(query.Page);
        var statement = query.Direction == SortDirection.Descending ? RelationshipCypher.FindDescending : RelationshipCypher.FindAscending;
        var result = await ReadAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        return PageReader.Read(result, query.Page, "claim", Records.Relationship, r => r.Id);
    }

    public async Task<Page<Event>> FindEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["participantIds"] = query.ParticipantIds is null ? null : Distinct(query.ParticipantIds),
            ["from"] = query.Window.From,
            ["to"] = query.Window.To,
        }.WithPage(query.Page);
        var result = await ReadAsync(EventCypher.Find, parameters, cancellationToken).ConfigureAwait(false);
        return PageReader.Read(result, query.Page, "event", Records.Event, e => e.Id);
    }

    public async Task<Page<Document>> FindDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["from"] = query.PublishedIn.From,
            ["to"] = query.PublishedIn.To,
        }.WithPage(query.Page);
        var result = await ReadAsync(DocumentCypher.Find, parameters, cancellationToken).ConfigureAwait(false);
        return PageReader.Read(result, query.Page, "document", Records.Document, d => d.Id);
    }
}

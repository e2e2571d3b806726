using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Domain.Ports;

/// <summary>
/// The store port: what the API and the algorithms need from a store, in batched calls.
/// Implemented by the embedded SQLite store and the Neo4j store; both pass the same contract suite.
/// Writes are transactional: a call either stores every change or none.
/// </summary>
public interface IGraphStore : IGraphReader
{
    /// <summary>Creates the schema or migrates it to the current version; safe to call at every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The affiliations in which one of the actors is the member or the organisation.</summary>
    Task<IReadOnlyList<Affiliation>> GetAffiliationsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default);

    Task<Page<Actor>> FindActorsAsync(ActorQuery query, CancellationToken cancellationToken = default);

    Task<Page<Relationship>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The relationships whose evidence quotes each document (retracted ones only when asked), for many documents in
    /// one call; a document quoted by none is missing from the answer.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsCitingAsync(
        IReadOnlyCollection<string> documentIds, bool includeRetracted, CancellationToken cancellationToken = default);

    Task<Page<Event>> FindEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    Task<Page<Document>> FindDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Upserts every record of the batch in one transaction. Idempotent: records already stored exactly as
    /// given are left alone and not audited, so importing the same batch twice changes nothing.
    /// </summary>
    Task<ImportResult> ImportAsync(GraphBatch batch, ChangeContext context, CancellationToken cancellationToken = default);

    /// <summary>Applies the changes in order in one transaction and records each in the audit trail.</summary>
    /// <exception cref="Errors.NotFoundException">A change names a record that does not exist.</exception>
    /// <exception cref="Errors.ConflictException">A change breaks uniqueness (an id or alias taken).</exception>
    Task ApplyAsync(IReadOnlyList<GraphChange> changes, ChangeContext context, CancellationToken cancellationToken = default);

    /// <summary>The audit trail, oldest first, from <paramref name="since"/> on and touching <paramref name="actorId"/> when given.</summary>
    Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(DateTimeOffset? since, string? actorId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The audit trail of each actor, oldest first, at most <paramref name="limitPerActor"/> entries each, for many actors
    /// in one call; an actor no change touches is missing from the answer.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<ChangeRecord>>> GetChangesOfActorsAsync(
        IReadOnlyCollection<string> actorIds, int limitPerActor, CancellationToken cancellationToken = default);
}

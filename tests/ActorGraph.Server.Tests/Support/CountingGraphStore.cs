using System.Collections.Concurrent;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Server.Tests.Support;

/// <summary>A store that counts the calls made to each of its methods before passing them on, and can be told to break one method.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    /// <summary>The name of a method that throws <see cref="InvalidOperationException"/> instead of passing the call on.</summary>
    public string? Broken { get; set; }

    public void Reset() => _calls.Clear();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Count(() => inner.InitializeAsync(cancellationToken));

    public Task<IReadOnlyList<Edge>> GetEdgesAsync(IReadOnlyCollection<string> actorIds, EdgeFilter filter, CancellationToken cancellationToken = default) =>
        Count(() => inner.GetEdgesAsync(actorIds, filter, cancellationToken));

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(() => inner.GetActorsAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(() => inner.GetRelationshipsAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(() => inner.GetDocumentsAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(() => inner.GetEventsAsync(ids, cancellationToken));

    public Task<IReadOnlyList<Affiliation>> GetAffiliationsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) =>
        Count(() => inner.GetAffiliationsAsync(actorIds, cancellationToken));

    public Task<Page<Actor>> FindActorsAsync(ActorQuery query, CancellationToken cancellationToken = default) =>
        Count(() => inner.FindActorsAsync(query, cancellationToken));

    public Task<Page<Relationship>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default) =>
        Count(() => inner.FindRelationshipsAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsCitingAsync(
        IReadOnlyCollection<string> documentIds, bool includeRetracted, CancellationToken cancellationToken = default) =>
        Count(() => inner.GetRelationshipsCitingAsync(documentIds, includeRetracted, cancellationToken));

    public Task<Page<Event>> FindEventsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        Count(() => inner.FindEventsAsync(query, cancellationToken));

    public Task<Page<Document>> FindDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default) =>
        Count(() => inner.FindDocumentsAsync(query, cancellationToken));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => Count(() => inner.GetStatsAsync(cancellationToken));

    public Task<ImportResult> ImportAsync(GraphBatch batch, ChangeContext context, CancellationToken cancellationToken = default) =>
        Count(() => inner.ImportAsync(batch, context, cancellationToken));

    public Task ApplyAsync(IReadOnlyList<GraphChange> changes, ChangeContext context, CancellationToken cancellationToken = default) =>
        Count(() => inner.ApplyAsync(changes, context, cancellationToken));

    public Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(DateTimeOffset? since, string? actorId, int limit, CancellationToken cancellationToken = default) =>
        Count(() => inner.GetChangesAsync(since, actorId, limit, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<ChangeRecord>>> GetChangesOfActorsAsync(
        IReadOnlyCollection<string> actorIds, int limitPerActor, CancellationToken cancellationToken = default) =>
        Count(() => inner.GetChangesOfActorsAsync(actorIds, limitPerActor, cancellationToken));

    private T Count<T>(Func<T> call, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return method == Broken ? throw new InvalidOperationException($"The store's {method} is broken for this test.") : call();
    }
}

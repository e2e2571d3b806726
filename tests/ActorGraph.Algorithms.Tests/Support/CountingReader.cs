using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Algorithms.Tests.Support;

/// <summary>Passes every call on and counts them, to check that algorithms read whole levels per call.</summary>
internal sealed class CountingReader(IGraphReader inner) : IGraphReader
{
    public int EdgeCalls { get; private set; }

    public List<int> EdgeCallSizes { get; } = [];

    public int RelationshipCalls { get; private set; }

    public int ActorCalls { get; private set; }

    public Task<IReadOnlyList<Edge>> GetEdgesAsync(IReadOnlyCollection<string> actorIds, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        EdgeCalls++;
        EdgeCallSizes.Add(actorIds.Count);
        return inner.GetEdgesAsync(actorIds, filter, cancellationToken);
    }

    public int JoinCalls { get; private set; }

    public Task<IReadOnlyList<Edge>> GetEdgesBetweenAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> otherIds, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        JoinCalls++;
        return inner.GetEdgesBetweenAsync(actorIds, otherIds, filter, cancellationToken);
    }

    public List<int> CountCallSizes { get; } = [];

    public Task<NeighbourCounts> CountNeighboursAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> excluded, EdgeFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        CountCallSizes.Add(actorIds.Count);
        return inner.CountNeighboursAsync(actorIds, excluded, filter, limit, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ActorCalls++;
        return inner.GetActorsAsync(ids, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        RelationshipCalls++;
        return inner.GetRelationshipsAsync(ids, cancellationToken);
    }
}

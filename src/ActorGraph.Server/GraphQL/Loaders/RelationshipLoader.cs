using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Loaders;

/// <summary>Full relationships (with their evidence) by key, many per store call.</summary>
public sealed class RelationshipLoader(IGraphReader store) : DataLoader<string, Relationship>
{
    protected override Task<IReadOnlyDictionary<string, Relationship>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        store.GetRelationshipsAsync(keys, cancellationToken);
}

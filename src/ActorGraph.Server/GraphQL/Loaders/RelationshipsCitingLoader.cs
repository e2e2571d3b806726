using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Loaders;

/// <summary>
/// The relationships whose evidence quotes each document, for many documents per store call (one call for the
/// documents that ask for retracted relationships too, one for the others).
/// </summary>
public sealed class RelationshipsCitingLoader(IGraphStore store) : DataLoader<RelationshipsCitingLoader.Key, IReadOnlyList<Relationship>>
{
    protected override async Task<IReadOnlyDictionary<Key, IReadOnlyList<Relationship>>> LoadBatchAsync(
        IReadOnlyList<Key> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Key, IReadOnlyList<Relationship>>();
        foreach (var group in keys.GroupBy(k => k.IncludeRetracted))
        {
            var citing = await store.GetRelationshipsCitingAsync([.. group.Select(k => k.DocumentId)], group.Key, cancellationToken);
            foreach (var key in group)
            {
                result[key] = citing.TryGetValue(key.DocumentId, out var relationships) ? relationships : [];
            }
        }

        return result;
    }

    public readonly record struct Key(string DocumentId, bool IncludeRetracted);
}

using System.Globalization;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Loaders;

/// <summary>
/// The edges of each actor under a filter, earliest first. All actors asked for with the same filter in one
/// execution step are read with one store call, however many there are.
/// </summary>
public sealed class EdgesByActorLoader(IGraphReader store) : DataLoader<EdgesByActorLoader.Key, IReadOnlyList<Edge>>
{
    private readonly Dictionary<string, EdgeFilter> _filters = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<IReadOnlyList<Edge>?> LoadAsync(string actorId, EdgeFilter filter)
    {
        var signature = Signature(filter);
        lock (_lock)
        {
            _filters.TryAdd(signature, filter);
        }

        return LoadAsync(new Key(actorId, signature));
    }

    protected override async Task<IReadOnlyDictionary<Key, IReadOnlyList<Edge>>> LoadBatchAsync(IReadOnlyList<Key> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Key, IReadOnlyList<Edge>>();
        foreach (var group in keys.GroupBy(k => k.FilterSignature, StringComparer.Ordinal))
        {
            EdgeFilter filter;
            lock (_lock)
            {
                filter = _filters[group.Key];
            }

            var edges = await store.GetEdgesAsync([.. group.Select(k => k.ActorId)], filter, cancellationToken);
            var byActor = new Dictionary<string, List<Edge>>(StringComparer.Ordinal);
            foreach (var edge in edges)
            {
                if (filter.Direction != Direction.In)
                {
                    Add(byActor, edge.SourceId, edge);
                }

                if (filter.Direction != Direction.Out && edge.TargetId != edge.SourceId)
                {
                    Add(byActor, edge.TargetId, edge);
                }
            }

            foreach (var key in group)
            {
                result[key] = byActor.TryGetValue(key.ActorId, out var list)
                    ? [.. list.OrderBy(e => e.EffectiveDate).ThenBy(e => e.RelationshipId, StringComparer.Ordinal)]
                    : [];
            }
        }

        return result;
    }

    private static void Add(Dictionary<string, List<Edge>> byActor, string actorId, Edge edge)
    {
        if (!byActor.TryGetValue(actorId, out var list))
        {
            byActor[actorId] = list = [];
        }

        list.Add(edge);
    }

    /// <summary>A text equal for equal filters (sets compared by content), so equal filters share one batch.</summary>
    private static string Signature(EdgeFilter filter) => string.Join(
        '|',
        filter.Types is null ? "*" : string.Join(',', filter.Types.Order(StringComparer.Ordinal)),
        filter.Direction,
        filter.Window.From?.ToString("O", CultureInfo.InvariantCulture),
        filter.Window.To?.ToString("O", CultureInfo.InvariantCulture),
        filter.Modalities is null ? "*" : string.Join(',', filter.Modalities.Order()),
        filter.MinConfidence.ToString("R", CultureInfo.InvariantCulture),
        filter.DocumentId,
        filter.IncludeRetracted);

    public sealed record Key(string ActorId, string FilterSignature);
}

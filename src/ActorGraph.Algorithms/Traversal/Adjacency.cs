using ActorGraph.Domain.Ports;

namespace ActorGraph.Algorithms.Traversal;

/// <summary>
/// The followable steps of each actor read so far, for one filter and one direction rule. Reading is batched:
/// <see cref="LoadAsync"/> asks the store, in one call, for the edges of every given actor not read yet.
/// Each actor's steps are sorted by <see cref="Step.CompareKeys"/> so searches meet ties in a fixed order.
/// </summary>
internal sealed class Adjacency
{
    private readonly IGraphReader _reader;
    private readonly EdgeFilter _storeFilter;
    private readonly DirectionRule _rule;
    private readonly Dictionary<string, Step[]> _steps = new(StringComparer.Ordinal);

    public Adjacency(IGraphReader reader, EdgeFilter filter, DirectionRule rule)
    {
        _reader = reader;
        _rule = rule;
        _storeFilter = filter with { Direction = rule.StoreDirection(filter) };
    }

    public int StoreCalls { get; private set; }

    public bool IsLoaded(string actorId) => _steps.ContainsKey(actorId);

    public async Task LoadAsync(IEnumerable<string> actorIds, CancellationToken cancellationToken)
    {
        var missing = actorIds.Where(id => !_steps.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        StoreCalls++;
        var edges = await _reader.GetEdgesAsync(missing, _storeFilter, cancellationToken).ConfigureAwait(false);
        var byActor = missing.ToDictionary(id => id, _ => new List<Step>(), StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            AddIfFollowable(byActor, edge, edge.SourceId);
            if (edge.TargetId != edge.SourceId)
            {
                AddIfFollowable(byActor, edge, edge.TargetId);
            }
        }

        foreach (var (actorId, steps) in byActor)
        {
            steps.Sort((x, y) => Step.CompareKeys(x.Edge, y.Edge));
            _steps[actorId] = [.. steps];
        }
    }

    /// <summary>The steps from a loaded actor, in tie-breaking order.</summary>
    public IReadOnlyList<Step> StepsFrom(string actorId) =>
        _steps.TryGetValue(actorId, out var steps)
            ? steps
            : throw new InvalidOperationException($"The edges of '{actorId}' were not loaded before use.");

    private void AddIfFollowable(Dictionary<string, List<Step>> byActor, Edge edge, string from)
    {
        if (byActor.TryGetValue(from, out var steps) && _rule.Allows(edge, from))
        {
            steps.Add(new Step(edge, from, edge.OtherEnd(from)));
        }
    }
}

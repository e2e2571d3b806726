using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Algorithms.Traversal;

/// <summary>
/// The followable steps of each actor read so far, for one filter and one direction rule. Reading is batched:
/// <see cref="LoadAsync"/> asks the store, in one call, for the edges of every given actor not read yet.
/// <see cref="StepsFrom"/> gives an actor's steps sorted by <see cref="Step.CompareKeys"/>, so searches meet ties in a
/// fixed order; searches whose answer does not depend on that order use <see cref="UnorderedStepsFrom"/> and skip the
/// sort (a hub has tens of thousands of steps).
/// </summary>
internal sealed class Adjacency
{
    private readonly IGraphReader _reader;
    private readonly EdgeFilter _storeFilter;
    private readonly DirectionRule _rule;
    private readonly Dictionary<string, Steps> _steps = new(StringComparer.Ordinal);

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
        var missing = new List<string>();
        var byActor = new Dictionary<string, Steps>(StringComparer.Ordinal);
        foreach (var id in actorIds)
        {
            if (!_steps.ContainsKey(id) && byActor.TryAdd(id, new Steps()))
            {
                missing.Add(id);
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        StoreCalls++;
        var edges = await _reader.GetEdgesAsync(missing, _storeFilter, cancellationToken).ConfigureAwait(false);
        foreach (var edge in edges)
        {
            if (byActor.TryGetValue(edge.SourceId, out var fromSource) && _rule.Allows(edge, edge.SourceId))
            {
                fromSource.Add(new Step(edge, edge.SourceId, edge.TargetId));
            }

            if (byActor.TryGetValue(edge.TargetId, out var fromTarget) && _rule.Allows(edge, edge.TargetId))
            {
                fromTarget.Add(new Step(edge, edge.TargetId, edge.SourceId));
            }
        }

        foreach (var (actorId, steps) in byActor)
        {
            _steps[actorId] = steps;
        }
    }

    /// <summary>
    /// The steps from any of <paramref name="fromIds"/> to any of <paramref name="toIds"/>, in one store call that reads
    /// only the edges joining the two sets; neither side is loaded. The smaller set is the one the store walks.
    /// </summary>
    public async Task<List<Step>> StepsBetweenAsync(IReadOnlyCollection<string> fromIds, IReadOnlyCollection<string> toIds, CancellationToken cancellationToken)
    {
        StoreCalls++;
        var edges = fromIds.Count <= toIds.Count
            ? await _reader.GetEdgesBetweenAsync(fromIds, toIds, _storeFilter, cancellationToken).ConfigureAwait(false)
            : await _reader.GetEdgesBetweenAsync(toIds, fromIds, _storeFilter with { Direction = Reversed(_storeFilter.Direction) }, cancellationToken).ConfigureAwait(false);
        var from = fromIds as IReadOnlySet<string> ?? fromIds.ToHashSet(StringComparer.Ordinal);
        var to = toIds as IReadOnlySet<string> ?? toIds.ToHashSet(StringComparer.Ordinal);
        var steps = new List<Step>();
        foreach (var edge in edges)
        {
            if (from.Contains(edge.SourceId) && to.Contains(edge.TargetId) && _rule.Allows(edge, edge.SourceId))
            {
                steps.Add(new Step(edge, edge.SourceId, edge.TargetId));
            }

            if (from.Contains(edge.TargetId) && to.Contains(edge.SourceId) && _rule.Allows(edge, edge.TargetId))
            {
                steps.Add(new Step(edge, edge.TargetId, edge.SourceId));
            }
        }

        return steps;
    }

    /// <summary>
    /// True when the store is asked for exactly the edges this rule follows (every direction when it follows both ways,
    /// or one direction when no symmetric type is allowed), so that the store's
    /// <see cref="IGraphReader.CountNeighboursAsync"/> counts exactly the steps the rule allows.
    /// </summary>
    public bool CountsMatchSteps => _storeFilter.Direction == _rule.Direction;

    /// <summary>What lies one hop beyond <paramref name="frontier"/>, counted by the store in one call (see <see cref="IGraphReader.CountNeighboursAsync"/>).</summary>
    public Task<NeighbourCounts> CountAsync(IReadOnlyCollection<string> frontier, IReadOnlyCollection<string> excluded, int limit, CancellationToken cancellationToken)
    {
        StoreCalls++;
        return _reader.CountNeighboursAsync(frontier, excluded, _storeFilter, limit, cancellationToken);
    }

    /// <summary>True when <paramref name="edge"/> is followed away from an actor of <paramref name="frontier"/>.</summary>
    public bool FollowedFrom(Edge edge, IReadOnlySet<string> frontier) =>
        (frontier.Contains(edge.SourceId) && _rule.Allows(edge, edge.SourceId)) || (frontier.Contains(edge.TargetId) && _rule.Allows(edge, edge.TargetId));

    /// <summary>
    /// How many steps leave <paramref name="frontier"/> according to <paramref name="counts"/>: what loading the frontier
    /// would have found. Each frontier actor's count holds its own steps plus, when steps go one way only, the edges
    /// reaching it from another frontier actor, which are steps of that other actor instead.
    /// </summary>
    public long CountedSteps(NeighbourCounts counts, IReadOnlySet<string> frontier)
    {
        var steps = frontier.Sum(id => (long)counts.Known.GetValueOrDefault(id));
        return _rule.Direction == Direction.Any
            ? steps
            : steps - counts.Edges.Count(e => frontier.Contains(e.SourceId) && frontier.Contains(e.TargetId));
    }

    /// <summary>The steps from a loaded actor, in tie-breaking order.</summary>
    public IReadOnlyList<Step> StepsFrom(string actorId) => Loaded(actorId).Ordered();

    /// <summary>The steps from a loaded actor in no particular order, for searches whose answer does not depend on it.</summary>
    public IReadOnlyList<Step> UnorderedStepsFrom(string actorId) => Loaded(actorId).Unordered;

    private static Direction Reversed(Direction direction) => direction switch
    {
        Direction.Out => Direction.In,
        Direction.In => Direction.Out,
        _ => Direction.Any,
    };

    private Steps Loaded(string actorId) =>
        _steps.TryGetValue(actorId, out var steps)
            ? steps
            : throw new InvalidOperationException($"The edges of '{actorId}' were not loaded before use.");

    /// <summary>One actor's steps, sorted into tie-breaking order on first ordered use.</summary>
    private sealed class Steps
    {
        private readonly List<Step> _steps = [];
        private bool _sorted;

        public IReadOnlyList<Step> Unordered => _steps;

        public void Add(Step step) => _steps.Add(step);

        public IReadOnlyList<Step> Ordered()
        {
            if (!_sorted)
            {
                _steps.Sort(static (x, y) => Step.CompareKeys(x.Edge, y.Edge));
                _sorted = true;
            }

            return _steps;
        }
    }
}

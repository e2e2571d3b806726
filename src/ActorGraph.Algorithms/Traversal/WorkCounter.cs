using System.Globalization;
using ActorGraph.Domain.Ports;

namespace ActorGraph.Algorithms.Traversal;

/// <summary>Counts the work of one algorithm call against its <see cref="WorkLimits"/> and remembers the first bound that cut it.</summary>
internal sealed class WorkCounter(WorkLimits limits)
{
    private readonly List<Adjacency> _adjacencies = [];

    public int NodesExpanded { get; private set; }

    public long EdgesScanned { get; private set; }

    public Truncation? Truncation { get; private set; }

    public Adjacency Track(Adjacency adjacency)
    {
        if (!_adjacencies.Contains(adjacency))
        {
            _adjacencies.Add(adjacency);
        }

        return adjacency;
    }

    /// <summary>
    /// Loads the edges of a whole level in one store call and charges its expansion. Returns false, and records
    /// why, when the level does not fit within the limits; the caller must then stop.
    /// </summary>
    public async Task<bool> TryExpandAsync(Adjacency adjacency, IReadOnlyCollection<string> level, CancellationToken cancellationToken)
    {
        if (!CanExpand(level.Count))
        {
            return false;
        }

        await Track(adjacency).LoadAsync(level, cancellationToken).ConfigureAwait(false);
        long edges = 0;
        foreach (var actorId in level)
        {
            edges += adjacency.UnorderedStepsFrom(actorId).Count;
        }

        if (!TryCharge(edges))
        {
            return false;
        }

        NodesExpanded += level.Count;
        return true;
    }

    /// <summary>
    /// Counts, in one store call, what lies one hop beyond a whole level instead of loading its edges (see
    /// <see cref="Adjacency.CountAsync"/>), and charges the expansion exactly as <see cref="TryExpandAsync"/> would.
    /// Returns null, and records why, when the level does not fit within the limits; the caller must then stop.
    /// </summary>
    public async Task<NeighbourCounts?> TryCountAsync(
        Adjacency adjacency, IReadOnlySet<string> level, IReadOnlyCollection<string> excluded, int limit, CancellationToken cancellationToken)
    {
        if (!CanExpand(level.Count))
        {
            return null;
        }

        var counts = await Track(adjacency).CountAsync(level, excluded, limit, cancellationToken).ConfigureAwait(false);
        if (!TryCharge(adjacency.CountedSteps(counts, level)))
        {
            return null;
        }

        NodesExpanded += level.Count;
        return counts;
    }

    /// <summary>
    /// Reads the steps joining two sets of actors in one store call (see <see cref="Adjacency.StepsBetweenAsync"/>) and
    /// charges them as scanned edges. Returns null, and records why, when they do not fit within the limits.
    /// </summary>
    public async Task<List<Step>?> TryJoinAsync(Adjacency adjacency, IReadOnlyCollection<string> from, IReadOnlyCollection<string> to, CancellationToken cancellationToken)
    {
        if (Truncation is not null)
        {
            return null;
        }

        var steps = await Track(adjacency).StepsBetweenAsync(from, to, cancellationToken).ConfigureAwait(false);
        return TryCharge(steps.Count) ? steps : null;
    }

    /// <summary>Charges edges examined without a store call; false, with the reason recorded, when they exceed the limit.</summary>
    public bool TryCharge(long edges)
    {
        if (Truncation is not null)
        {
            return false;
        }

        if (EdgesScanned + edges > limits.MaxEdgesScanned)
        {
            Cut(TruncationReason.EdgeLimit, string.Create(CultureInfo.InvariantCulture, $"Stopped before scanning {edges} more edges: at most {limits.MaxEdgesScanned} may be scanned and {EdgesScanned} were."));
            return false;
        }

        EdgesScanned += edges;
        return true;
    }

    private bool CanExpand(int count)
    {
        if (Truncation is not null)
        {
            return false;
        }

        if (NodesExpanded + count > limits.MaxNodesExpanded)
        {
            Cut(TruncationReason.NodeLimit, string.Create(CultureInfo.InvariantCulture, $"Stopped before expanding {count} more actors: at most {limits.MaxNodesExpanded} may be expanded and {NodesExpanded} were."));
            return false;
        }

        return true;
    }

    public void Cut(TruncationReason reason, string message) => Truncation ??= new Truncation(reason, message);

    public WorkReport Report() => new(NodesExpanded, (int)Math.Min(EdgesScanned, int.MaxValue), _adjacencies.Sum(a => a.StoreCalls), Truncation);
}

using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Algorithms.InMemory;

/// <summary>
/// A read-only <see cref="IGraphReader"/> over plain arrays: edges sorted by relationship id and, per actor, the
/// indexes of its incident edges (compressed adjacency). It applies <see cref="EdgeFilter"/> exactly as the port
/// describes (direction taken literally, window by overlap of the date or, undated, the reported day, retracted
/// relationships hidden unless asked for). Used for tests and as the lower bound in benchmarks.
/// </summary>
public sealed class InMemoryGraph : IGraphReader
{
    private readonly Dictionary<string, int> _actorIndex;
    private readonly Actor[] _actors;
    private readonly Dictionary<string, string> _survivors;
    private readonly Dictionary<string, int> _relationshipIndex;
    private readonly Relationship[] _relationships;
    private readonly Edge[] _edges;
    private readonly int[] _offsets;
    private readonly int[] _incident;

    /// <exception cref="ArgumentException">A relationship names an actor that is not given, or two records share an id.</exception>
    public InMemoryGraph(IEnumerable<Actor> actors, IEnumerable<Relationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(relationships);
        var allActors = actors.ToList();
        _survivors = allActors.Where(a => a.MergedInto is not null).ToDictionary(a => a.Id, a => a.MergedInto!, StringComparer.Ordinal);
        _actors = [.. allActors.Where(a => a.MergedInto is null)];
        _actorIndex = new Dictionary<string, int>(_actors.Length, StringComparer.Ordinal);
        for (var i = 0; i < _actors.Length; i++)
        {
            if (!_actorIndex.TryAdd(_actors[i].Id, i))
            {
                throw new ArgumentException($"Two actors have the id '{_actors[i].Id}'.", nameof(actors));
            }
        }

        _relationships = [.. relationships.Select(r => r with { SourceId = Survivor(r.SourceId), TargetId = Survivor(r.TargetId) })];
        Array.Sort(_relationships, (x, y) => string.CompareOrdinal(x.Id, y.Id));
        _relationshipIndex = new Dictionary<string, int>(_relationships.Length, StringComparer.Ordinal);
        _edges = new Edge[_relationships.Length];
        var degree = new int[_actors.Length + 1];
        for (var i = 0; i < _relationships.Length; i++)
        {
            var r = _relationships[i];
            if (!_relationshipIndex.TryAdd(r.Id, i))
            {
                throw new ArgumentException($"Two relationships have the id '{r.Id}'.", nameof(relationships));
            }

            _edges[i] = new Edge(r.Id, r.Type, r.SourceId, r.TargetId, r.Date, r.ReportedOn, r.Modality, r.Confidence, r.Evidence.Count);
            degree[IndexOf(r.SourceId, r.Id)]++;
            if (r.TargetId != r.SourceId)
            {
                degree[IndexOf(r.TargetId, r.Id)]++;
            }
        }

        _offsets = new int[_actors.Length + 1];
        for (var i = 0; i < _actors.Length; i++)
        {
            _offsets[i + 1] = _offsets[i] + degree[i];
        }

        _incident = new int[_offsets[^1]];
        var fill = (int[])_offsets.Clone();
        for (var i = 0; i < _edges.Length; i++)
        {
            _incident[fill[_actorIndex[_edges[i].SourceId]]++] = i;
            if (_edges[i].TargetId != _edges[i].SourceId)
            {
                _incident[fill[_actorIndex[_edges[i].TargetId]]++] = i;
            }
        }
    }

    public int ActorCount => _actors.Length;

    public int RelationshipCount => _relationships.Length;

    public static InMemoryGraph From(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new InMemoryGraph(batch.Actors, batch.Relationships);
    }

    public Task<IReadOnlyList<Edge>> GetEdgesAsync(IReadOnlyCollection<string> actorIds, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(filter);
        return Task.FromResult<IReadOnlyList<Edge>>(Incident(actorIds, (index, actorId) => Passes(index, actorId, filter)));
    }

    public Task<IReadOnlyList<Edge>> GetEdgesBetweenAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> otherIds, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(otherIds);
        ArgumentNullException.ThrowIfNull(filter);
        var others = otherIds.Select(Survivor).ToHashSet(StringComparer.Ordinal);
        bool Joins(int index, string actorId)
        {
            var edge = _edges[index];
            return ((filter.Direction != Direction.In && edge.SourceId == actorId && others.Contains(edge.TargetId))
                    || (filter.Direction != Direction.Out && edge.TargetId == actorId && others.Contains(edge.SourceId)))
                && Qualifies(index, filter);
        }

        return Task.FromResult<IReadOnlyList<Edge>>(Incident(actorIds, Joins));
    }

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (_actorIndex.TryGetValue(Survivor(id), out var index))
            {
                found[id] = _actors[index];
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, Actor>>(found);
    }

    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (_relationshipIndex.TryGetValue(id, out var index))
            {
                found[id] = _relationships[index];
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, Relationship>>(found);
    }

    /// <summary>The edges incident to any of these actors (merged ids resolved) that <paramref name="keeps"/> keeps, given the edge's index and the actor.</summary>
    private List<Edge> Incident(IReadOnlyCollection<string> actorIds, Func<int, string, bool> keeps)
    {
        var hits = new List<int>();
        foreach (var id in actorIds)
        {
            if (!_actorIndex.TryGetValue(Survivor(id), out var actor))
            {
                continue;
            }

            var actorId = _actors[actor].Id;
            for (var k = _offsets[actor]; k < _offsets[actor + 1]; k++)
            {
                if (keeps(_incident[k], actorId))
                {
                    hits.Add(_incident[k]);
                }
            }
        }

        return Distinct(hits);
    }

    /// <summary>The edges at these indexes, each once, in relationship id order (the order of <see cref="_edges"/>).</summary>
    private List<Edge> Distinct(List<int> hits)
    {
        hits.Sort();
        var edges = new List<Edge>(hits.Count);
        for (var i = 0; i < hits.Count; i++)
        {
            if (i == 0 || hits[i] != hits[i - 1])
            {
                edges.Add(_edges[hits[i]]);
            }
        }

        return edges;
    }

    private bool Passes(int index, string actorId, EdgeFilter filter)
    {
        var edge = _edges[index];
        return (filter.Direction switch
        {
            Direction.Out => edge.SourceId == actorId,
            Direction.In => edge.TargetId == actorId,
            _ => true,
        })
            && Qualifies(index, filter);
    }

    /// <summary>Every condition of the filter but its direction.</summary>
    private bool Qualifies(int index, EdgeFilter filter)
    {
        var edge = _edges[index];
        var relationship = _relationships[index];
        return (filter.IncludeRetracted || relationship.Retraction is null)
            && (filter.Types is not { Count: > 0 } types || types.Contains(edge.Type))
            && (filter.Modalities is not { Count: > 0 } modalities || modalities.Contains(edge.Modality))
            && edge.Confidence >= filter.MinConfidence
            && (edge.Date is { } date ? date.Overlaps(filter.Window) : filter.Window.Contains(edge.ReportedOn))
            && (filter.DocumentId is null || relationship.Evidence.Any(e => e.DocumentId == filter.DocumentId));
    }

    private string Survivor(string id)
    {
        var current = id;
        for (var hops = 0; hops <= _survivors.Count && _survivors.TryGetValue(current, out var next); hops++)
        {
            current = next;
        }

        return current;
    }

    private int IndexOf(string actorId, string relationshipId) =>
        _actorIndex.TryGetValue(actorId, out var index)
            ? index
            : throw new ArgumentException($"Relationship '{relationshipId}' names the unknown actor '{actorId}'.");
}

using ActorGraph.Algorithms.InMemory;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Algorithms.Tests.Support;

/// <summary>Builds small hand-made graphs: actors appear as relationships name them; ids default to r01, r02, ...</summary>
internal sealed class GraphBuilder
{
    private readonly List<Actor> _actors = [];
    private readonly HashSet<string> _actorIds = new(StringComparer.Ordinal);
    private readonly List<Relationship> _relationships = [];

    public IReadOnlyList<Relationship> Relationships => _relationships;

    public IReadOnlyList<string> ActorIds => [.. _actors.Select(a => a.Id)];

    public GraphBuilder Actor(string id, ActorKind kind = ActorKind.State)
    {
        if (_actorIds.Add(id))
        {
            _actors.Add(new Actor { Id = id, Name = "Name of " + id, Kind = kind });
        }

        return this;
    }

    /// <summary>Adds <c>source type target</c> dated <paramref name="date"/> (null: undated, reported on <paramref name="reportedOn"/>).</summary>
    public GraphBuilder Relate(
        string source,
        string type,
        string target,
        string? date = "2024-01-01",
        string? id = null,
        int evidence = 1,
        string reportedOn = "2024-06-01",
        Modality modality = Modality.Reported,
        Retraction? retraction = null)
    {
        Actor(source);
        Actor(target);
        _relationships.Add(new Relationship
        {
            Id = id ?? $"r{_relationships.Count + 1:D2}",
            Type = type,
            SourceId = source,
            TargetId = target,
            Date = date is null ? null : FuzzyDate.Parse(date),
            ReportedOn = DateOnly.Parse(reportedOn, System.Globalization.CultureInfo.InvariantCulture),
            Modality = modality,
            Retraction = retraction,
            Evidence = [.. Enumerable.Range(0, evidence).Select(i => new Evidence("doc", $"quote {i}", i * 10, (i * 10) + 7))],
        });
        return this;
    }

    public InMemoryGraph Build() => new(_actors, _relationships);
}

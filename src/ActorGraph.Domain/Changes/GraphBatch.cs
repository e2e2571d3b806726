using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Domain.Changes;

/// <summary>A set of records imported together (the seed-data format, one file or many).</summary>
public sealed record GraphBatch
{
    public static GraphBatch Empty { get; } = new();

    public IReadOnlyList<Document> Documents { get; init; } = [];

    public IReadOnlyList<Actor> Actors { get; init; } = [];

    public IReadOnlyList<Affiliation> Affiliations { get; init; } = [];

    public IReadOnlyList<Event> Events { get; init; } = [];

    public IReadOnlyList<Relationship> Relationships { get; init; } = [];

    public GraphBatch Concat(GraphBatch other) => new()
    {
        Documents = [.. Documents, .. other.Documents],
        Actors = [.. Actors, .. other.Actors],
        Affiliations = [.. Affiliations, .. other.Affiliations],
        Events = [.. Events, .. other.Events],
        Relationships = [.. Relationships, .. other.Relationships],
    };
}

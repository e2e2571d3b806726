using ActorGraph.Algorithms.Brokers;
using ActorGraph.Algorithms.Paths;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Server.GraphQL.Views;

/// <summary>The object type <c>PathSearch</c>.</summary>
public sealed record PathSearchView(IReadOnlyList<PathView> Paths, bool Truncated)
{
    public static PathSearchView Of(PathResult result) =>
        new([.. result.Paths.Select(p => PathView.Of(p, result))], result.Truncated);
}

/// <summary>The object type <c>Path</c>.</summary>
public sealed record PathView(int Length, IReadOnlyList<Actor> Actors, IReadOnlyList<PathStepView> Steps, DateOnly Start, DateOnly End)
{
    public static PathView Of(GraphPath path, PathResult result) => new(
        path.Length,
        [.. path.ActorIds.Select(id => result.Actors[id])],
        [.. path.Hops.Select(h => new PathStepView(result.Actors[h.FromId], result.Actors[h.ToId], result.Relationships[h.Edge.RelationshipId], h.AlongStoredDirection))],
        path.Hops.Min(h => h.Edge.EffectiveDate),
        path.Hops.Max(h => h.Edge.EffectiveDate));
}

/// <summary>The object type <c>PathStep</c>.</summary>
public sealed record PathStepView(Actor From, Actor To, Relationship Relationship, bool Forward);

/// <summary>The object type <c>BrokerSearch</c>.</summary>
public sealed record BrokerSearchView(IReadOnlyList<BrokerScore> Brokers, bool Truncated);

using ActorGraph.Domain.Relationships;

namespace ActorGraph.Algorithms.Timelines;

/// <summary>One relationship of an actor's timeline, with the actor on its other end (the actor itself for a self-relationship).</summary>
public sealed record TimelineEntry(Relationship Relationship, string CounterpartId, bool ActorIsSource)
{
    public DateOnly EffectiveDate => Relationship.EffectiveDate;
}

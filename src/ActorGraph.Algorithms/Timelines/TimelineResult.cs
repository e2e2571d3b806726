using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Actors;

namespace ActorGraph.Algorithms.Timelines;

/// <summary>
/// An actor's timeline: entries ordered by effective date, then reported day, then relationship id, with the
/// counterparts keyed by id. Truncated with <see cref="TruncationReason.ResultLimit"/> when later entries were left out.
/// </summary>
public sealed record TimelineResult(Actor Actor, IReadOnlyList<TimelineEntry> Entries, IReadOnlyDictionary<string, Actor> Counterparts, WorkReport Work)
{
    public bool Truncated => Work.Truncated;
}

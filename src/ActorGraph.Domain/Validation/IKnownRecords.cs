using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;

namespace ActorGraph.Domain.Validation;

/// <summary>
/// What is already stored, as far as validating a batch needs it: a batch may refer to stored actors,
/// documents and events, and its aliases must not collide with stored actors' names and aliases.
/// Callers prefetch what <see cref="BatchReferences"/> lists in batched store calls and wrap the answers
/// in <see cref="KnownRecords"/>.
/// </summary>
public interface IKnownRecords
{
    bool ActorExists(string id);

    Document? FindDocument(string id);

    bool EventExists(string id);

    /// <summary>The stored actors whose name or one of whose aliases equals <paramref name="name"/>, ignoring case.</summary>
    IEnumerable<Actor> ActorsNamed(string name);
}

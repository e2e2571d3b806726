using ActorGraph.Domain.Actors;

namespace ActorGraph.Algorithms.RollUp;

/// <summary>The affiliations in which any of the actors is the member or the organisation (one batched read).</summary>
public delegate Task<IReadOnlyList<Affiliation>> AffiliationSource(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken);

using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Ports;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Loaders;

/// <summary>The affiliations each actor takes part in (as member or organisation), for many actors per store call.</summary>
public sealed class AffiliationsByActorLoader(IGraphStore store) : DataLoader<string, IReadOnlyList<Affiliation>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Affiliation>>> LoadBatchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var affiliations = await store.GetAffiliationsAsync(keys, cancellationToken);
        return keys.ToDictionary(
            key => key,
            IReadOnlyList<Affiliation> (key) => [.. affiliations.Where(a => a.MemberId == key || a.OrganisationId == key)],
            StringComparer.Ordinal);
    }
}

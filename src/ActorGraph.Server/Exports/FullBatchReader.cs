using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;

namespace ActorGraph.Server.Exports;

/// <summary>
/// Reads every record of the store as one batch in the seed-data format (retracted relationships left out), so an
/// export can be imported again elsewhere.
/// </summary>
public sealed class FullBatchReader(IGraphStore store)
{
    public async Task<GraphBatch> ReadAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var read = 0;
        void Advance(int count) => progress?.Report(read += count);

        var documents = await AllAsync(after => store.FindDocumentsAsync(new DocumentQuery { Page = Page(after) }, cancellationToken), Advance);
        var actors = await AllAsync(after => store.FindActorsAsync(new ActorQuery { OrderBy = ActorOrder.Id, Page = Page(after) }, cancellationToken), Advance);
        var events = await AllAsync(after => store.FindEventsAsync(new EventQuery { Page = Page(after) }, cancellationToken), Advance);
        var relationships = await AllAsync(after => store.FindRelationshipsAsync(new RelationshipQuery { OrderBy = RelationshipOrder.Id, Page = Page(after) }, cancellationToken), Advance);
        var affiliations = new Dictionary<string, Affiliation>(StringComparer.Ordinal);
        foreach (var chunk in actors.Chunk(SnapshotReader.ActorsPerEdgeQuery))
        {
            foreach (var affiliation in await store.GetAffiliationsAsync([.. chunk.Select(a => a.Id)], cancellationToken))
            {
                affiliations.TryAdd(affiliation.Id, affiliation);
            }
        }

        Advance(affiliations.Count);
        return new GraphBatch
        {
            Documents = documents,
            Actors = actors,
            Affiliations = [.. affiliations.Values.OrderBy(a => a.Id, StringComparer.Ordinal)],
            Events = events,
            Relationships = relationships,
        };
    }

    private static PageRequest Page(string? after) => new(PageRequest.MaxPageSize, after);

    private static async Task<List<T>> AllAsync<T>(Func<string?, Task<Page<T>>> fetch, Action<int> advance)
    {
        var all = new List<T>();
        string? after = null;
        do
        {
            var page = await fetch(after);
            all.AddRange(page.Items);
            advance(page.Items.Count);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return all;
    }
}

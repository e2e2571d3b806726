using ActorGraph.Algorithms.Neighbourhoods;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Server.Exports;

/// <summary>Reads the subgraph an export asks for: a neighbourhood through the algorithm, or the whole graph page by page.</summary>
public sealed class SnapshotReader(IGraphStore store, NeighbourhoodExplorer explorer, RelationshipVocabulary vocabulary)
{
    /// <summary>How many actors one edge query asks about in a whole-graph export.</summary>
    public const int ActorsPerEdgeQuery = 1_000;

    public async Task<GraphSnapshot> ReadAsync(ExportRequest request, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!request.WholeGraph)
        {
            var result = await explorer.ExploreAsync(
                new NeighbourhoodQuery { SeedIds = request.Ids, Depth = request.Depth, Filter = request.Filter, NodeCap = request.Limit },
                cancellationToken);
            return new GraphSnapshot(result.Nodes, result.Edges, result.Truncated);
        }

        var actors = await AllActorsAsync(progress, cancellationToken);
        var edges = new Dictionary<string, Edge>(StringComparer.Ordinal);
        foreach (var chunk in actors.Chunk(ActorsPerEdgeQuery))
        {
            foreach (var edge in await store.GetEdgesAsync([.. chunk.Select(a => a.Id)], request.Filter, cancellationToken))
            {
                edges.TryAdd(edge.RelationshipId, edge);
            }
        }

        var degree = edges.Values.SelectMany(e => new[] { e.SourceId, e.TargetId }).CountBy(id => id).ToDictionary(StringComparer.Ordinal);
        return new GraphSnapshot(
            [.. actors.Select(a => new SubgraphNode(a.Id, a.Name, a.Kind, a.Country, 0, degree.GetValueOrDefault(a.Id)))],
            [.. edges.Values.OrderBy(e => e.RelationshipId, StringComparer.Ordinal).Select(e => SubgraphEdge.From(e, vocabulary))],
            Truncated: false);
    }

    private async Task<List<Actor>> AllActorsAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var actors = new List<Actor>();
        string? after = null;
        do
        {
            var page = await store.FindActorsAsync(
                new ActorQuery { OrderBy = ActorOrder.Id, Page = new PageRequest(PageRequest.MaxPageSize, after) },
                cancellationToken);
            actors.AddRange(page.Items);
            progress?.Report(actors.Count);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return actors;
    }
}

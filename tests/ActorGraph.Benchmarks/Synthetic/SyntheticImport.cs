using System.Diagnostics;
using ActorGraph.Domain.Changes;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Benchmarks.Synthetic;

/// <summary>
/// How long each part of a synthetic graph's import through the store's own import path took. <c>Checkpoint</c> is how
/// much longer the bulk batch's pages took to reach the database file, in the background, after its import returned.
/// </summary>
public sealed record ImportTimes(TimeSpan Bulk, int BulkRelationships, TimeSpan Checkpoint, TimeSpan Incremental, int IncrementalRelationships);

/// <summary>
/// Imports a synthetic graph into the SQLite store the way users load data: documents, actors and all relationships but the
/// last <c>incremental</c> in one batch (as the <c>import</c> command sends a seed-data folder), then those last ones as a
/// second, small batch into the large graph (as an analyst's <c>importBatch</c> does).
/// </summary>
public static class SyntheticImport
{
    public const int DefaultIncremental = 20_000;

    public static async Task<ImportTimes> ImportAsync(SqliteGraphStore store, SyntheticGraph graph, int incremental, CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        var context = ChangeContext.System();
        var split = Math.Max(0, graph.Relationships.Count - incremental);
        var clock = Stopwatch.StartNew();
        await store.ImportAsync(
            new GraphBatch { Documents = graph.Documents, Actors = graph.Actors, Relationships = [.. graph.Relationships.Take(split)] },
            context,
            cancellationToken);
        var bulk = clock.Elapsed;
        await store.WhenCheckpointed;
        var checkpoint = clock.Elapsed - bulk;
        clock.Restart();
        await store.ImportAsync(new GraphBatch { Relationships = [.. graph.Relationships.Skip(split)] }, context, cancellationToken);
        return new ImportTimes(bulk, split, checkpoint, clock.Elapsed, graph.Relationships.Count - split);
    }
}

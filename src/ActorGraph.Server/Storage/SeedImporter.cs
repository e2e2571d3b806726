using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Import;
using ActorGraph.Domain.Ports;

namespace ActorGraph.Server.Storage;

/// <summary>
/// Imports seed-data files into the store in chunks, in dependency order (documents, actors, affiliations,
/// events, relationships), so that every chunk refers only to records already stored. Idempotent like the
/// store's import: running it twice changes nothing. A batch no larger than one chunk is imported in one
/// transaction. Many relationships go in two halves: the second is then as large as what the first stored,
/// which lets the SQLite store build its indexes once per half instead of updating them row by row.
/// </summary>
public sealed class SeedImporter(IGraphStore store)
{
    public const int DefaultChunkSize = 5_000;

    /// <summary>Reads every seed-data file of a folder (or one file); invalid files stop the import before anything is written.</summary>
    public static GraphBatch Load(string path) =>
        File.Exists(path) ? SeedDataLoader.LoadFile(path) : SeedDataLoader.LoadDirectory(path);

    /// <summary>Imports <paramref name="batch"/>, reporting the number of records done after each chunk.</summary>
    public async Task<ImportResult> ImportAsync(
        GraphBatch batch,
        ChangeContext context,
        IProgress<int>? progress = null,
        int chunkSize = DefaultChunkSize,
        CancellationToken cancellationToken = default)
    {
        var total = new ImportResult(0, 0, 0);
        var done = 0;
        foreach (var chunk in Chunks(batch, chunkSize))
        {
            var result = await store.ImportAsync(chunk, context, cancellationToken);
            total = new ImportResult(total.Inserted + result.Inserted, total.Updated + result.Updated, total.Unchanged + result.Unchanged);
            done += Count(chunk);
            progress?.Report(done);
        }

        return total;
    }

    public static int Count(GraphBatch batch) =>
        batch.Documents.Count + batch.Actors.Count + batch.Affiliations.Count + batch.Events.Count + batch.Relationships.Count;

    internal static IEnumerable<GraphBatch> Chunks(GraphBatch batch, int size)
    {
        foreach (var part in batch.Documents.Chunk(size))
        {
            yield return new GraphBatch { Documents = part };
        }

        foreach (var part in batch.Actors.Chunk(size))
        {
            yield return new GraphBatch { Actors = part };
        }

        foreach (var part in batch.Affiliations.Chunk(size))
        {
            yield return new GraphBatch { Affiliations = part };
        }

        foreach (var part in batch.Events.Chunk(size))
        {
            yield return new GraphBatch { Events = part };
        }

        foreach (var part in batch.Relationships.Chunk(Math.Max(size, (batch.Relationships.Count + 1) / 2)))
        {
            yield return new GraphBatch { Relationships = part };
        }
    }
}

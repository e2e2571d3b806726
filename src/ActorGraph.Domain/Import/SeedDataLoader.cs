using System.Text;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Validation;

namespace ActorGraph.Domain.Import;

/// <summary>
/// Loads batches in the seed-data format (<c>schema/seed-data.schema.json</c>). Each file is checked against the
/// schema, then the whole set against <see cref="GraphValidator"/>; on any problem a <see cref="ValidationException"/>
/// lists them all, each with a path <c>file#/json/pointer</c>, and nothing is returned.
/// </summary>
public static class SeedDataLoader
{
    /// <summary>Every <c>*.json</c> file of the folder, in file-name order, as one batch (references may cross files).</summary>
    public static GraphBatch LoadDirectory(string path) => LoadDirectory(path, known: null);

    public static GraphBatch LoadDirectory(string path, IKnownRecords? known)
    {
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"The batch folder '{path}' does not exist.");
        }

        var files = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new ValidationException(path, "The folder holds no *.json batch file.");
        }

        return BatchSetLoader.Load([.. files.Select(f => new BatchSource(f, () => File.OpenRead(f)))], known);
    }

    public static GraphBatch LoadFile(string path) => LoadFile(path, known: null);

    public static GraphBatch LoadFile(string path, IKnownRecords? known)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The batch file '{path}' does not exist.", path);
        }

        return BatchSetLoader.Load([new BatchSource(path, () => File.OpenRead(path))], known);
    }

    /// <summary>One batch read from <paramref name="json"/>; <paramref name="sourceName"/> names it in error paths.</summary>
    public static GraphBatch Load(Stream json, string sourceName) => Load(json, sourceName, known: null);

    /// <summary>One batch that may refer to records already stored (as <paramref name="known"/> describes them).</summary>
    public static GraphBatch Load(Stream json, string sourceName, IKnownRecords? known) =>
        BatchSetLoader.Load([new BatchSource(sourceName, () => new NonClosingStream(json))], known);

    public static GraphBatch LoadJson(string json, string sourceName, IKnownRecords? known = null) =>
        BatchSetLoader.Load([new BatchSource(sourceName, () => new MemoryStream(Encoding.UTF8.GetBytes(json)))], known);
}

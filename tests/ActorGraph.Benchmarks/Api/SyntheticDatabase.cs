using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Benchmarks.Synthetic;
using ActorGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Benchmarks.Api;

/// <summary>
/// The actors the synthetic queries are phrased over: the hub (highest degree) and the two lowest-numbered actors whose
/// degree is closest to the mean degree, with their degrees.
/// </summary>
public sealed record SyntheticPicks(string Hub, int HubDegree, string Middle, int MiddleDegree, string Other, int OtherDegree);

/// <summary>
/// The synthetic graph as a SQLite file built through the store's own import, cached under the temporary folder by
/// (actors, relationships, seed, Zipf exponent, schema version) so that later runs open it without importing again.
/// </summary>
internal static class SyntheticDatabase
{
    public static string Folder => Path.Combine(Path.GetTempPath(), "actorgraph-api-load");

    public static async Task<(string Path, SyntheticPicks Picks)> EnsureAsync(ApiLoadOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var zipf = SyntheticOptions.Parse([]).ZipfExponent;
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"synthetic-a{options.Actors}-r{options.Relationships}-s{options.Seed}-z{zipf}-v{SqliteGraphStore.SchemaVersion}");
        var database = Path.Combine(Folder, name + ".db");
        var picksFile = Path.Combine(Folder, name + ".json");
        if (File.Exists(database) && File.Exists(picksFile))
        {
            progress.WriteLine($"Reusing {database}.");
            return (database, JsonSerializer.Deserialize<SyntheticPicks>(await File.ReadAllTextAsync(picksFile, cancellationToken))!);
        }

        Directory.CreateDirectory(Folder);
        var graph = SyntheticGraph.Generate(options.Actors, options.Relationships, zipf, options.Seed);
        var picks = Pick(graph);
        var building = database + ".building";
        MoveWithSidecars(building, null);
        var clock = Stopwatch.StartNew();
        progress.WriteLine($"Importing {options.Relationships:N0} relationships into {building} ...");
        await SyntheticImport.ImportAsync(SqliteGraphStore.ForFile(building), graph, incremental: 0, cancellationToken);

        // Closing the import's connections checkpoints the write-ahead log into the file.
        SqliteConnection.ClearAllPools();
        MoveWithSidecars(building, database);
        await File.WriteAllTextAsync(picksFile, JsonSerializer.Serialize(picks), cancellationToken);
        progress.WriteLine($"Imported {options.Relationships:N0} relationships into {database} in {clock.Elapsed.TotalSeconds:F0} s.");
        return (database, picks);
    }

    private static SyntheticPicks Pick(SyntheticGraph graph)
    {
        var degrees = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var relationship in graph.Relationships)
        {
            degrees[relationship.SourceId] = degrees.GetValueOrDefault(relationship.SourceId) + 1;
            degrees[relationship.TargetId] = degrees.GetValueOrDefault(relationship.TargetId) + 1;
        }

        var hub = degrees.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).First();
        var mean = 2.0 * graph.Relationships.Count / graph.Actors.Count;
        var middle = degrees
            .Where(d => d.Key != hub.Key)
            .OrderBy(d => Math.Abs(d.Value - mean))
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .Take(2)
            .ToList();
        return new SyntheticPicks(hub.Key, hub.Value, middle[0].Key, middle[0].Value, middle[1].Key, middle[1].Value);
    }

    /// <summary>Moves the file and its write-ahead log and shared-memory files, or deletes them when there is no destination.</summary>
    private static void MoveWithSidecars(string from, string? to)
    {
        foreach (var suffix in (string[])["", "-wal", "-shm"])
        {
            if (!File.Exists(from + suffix))
            {
                continue;
            }

            if (to is null)
            {
                File.Delete(from + suffix);
            }
            else
            {
                File.Move(from + suffix, to + suffix, overwrite: true);
            }
        }
    }
}

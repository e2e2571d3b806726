using System.Diagnostics;
using System.Globalization;
using ActorGraph.Algorithms.Brokers;
using ActorGraph.Algorithms.InMemory;
using ActorGraph.Algorithms.Neighbourhoods;
using ActorGraph.Algorithms.Paths;
using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Vocabulary;
using ActorGraph.Storage.Sqlite;
using ActorGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Benchmarks.Synthetic;

/// <summary>
/// Import throughput into the SQLite store, then median and p99 latency of shortest path, three shortest paths, a
/// depth-2 neighbourhood and brokers on a 1,000-actor subgraph, each run through the same algorithm code over the
/// SQLite store and over plain in-memory adjacency arrays (<see cref="InMemoryGraph"/>, the lower bound).
/// </summary>
public sealed class GraphStoreBenchmark : IBenchmark
{
    /// <summary>The warm-up every earlier run used; see <see cref="SyntheticOptions.WarmUp"/>.</summary>
    private const int DefaultWarmUp = 10;

    public string Name => "graph-store";

    public string Description => "Synthetic graph: SQLite import rate; paths, neighbourhood, brokers on SQLite vs in-memory arrays";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = SyntheticOptions.Parse(args);
        var clock = Stopwatch.StartNew();
        var graph = SyntheticGraph.Generate(options.Actors, options.Relationships, options.ZipfExponent, options.Seed);
        Line(output, $"Synthetic graph: {options.Actors:N0} actors, {options.Relationships:N0} relationships, Zipf exponent {options.ZipfExponent}, seed {options.Seed} (generated in {clock.Elapsed.TotalSeconds:F1} s); {Environment.ProcessorCount} cores.");

        using var folder = new TemporaryDirectory();
        var reused = options.Database is { } path && File.Exists(path);
        var store = SqliteGraphStore.ForFile(options.Database ?? folder.File("synthetic.db"));
        await store.InitializeAsync(cancellationToken);
        ImportTimes? import = null;
        var floor = TimeSpan.Zero;
        if (reused)
        {
            await RequireSameGraphAsync(store, graph, cancellationToken);

            // A file imported earlier may have left the OS page cache, which a running server's would not have:
            // reading it once makes runs comparable (cold pages made the same query up to half again slower).
            await using (var file = File.OpenRead(store.FilePath))
            {
                await file.CopyToAsync(Stream.Null, cancellationToken);
            }

            Line(output, $"Reusing the imported graph in {store.FilePath} (read once into the page cache).");
        }
        else
        {
            import = await SyntheticImport.ImportAsync(store, graph, Math.Min(SyntheticImport.DefaultIncremental, options.Relationships / 10), cancellationToken);
            floor = ImportFloor.Measure(store.FilePath, folder.File("floor.db"));
            foreach (var file in Directory.EnumerateFiles(folder.Path, "floor.db*"))
            {
                File.Delete(file);
            }
        }

        clock.Restart();
        var memory = new InMemoryGraph(graph.Actors, graph.Relationships);
        var build = clock.Elapsed;
        var maxDegree = graph.Relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }).CountBy(id => id).Max(p => p.Value);
        Line(output, $"Highest degree: {maxDegree:N0}; mean degree {2.0 * options.Relationships / options.Actors:F1}. Database file: {new FileInfo(store.FilePath).Length / 1e6:F0} MB.");
        output.WriteLine();
        output.WriteLine("| measurement | SQLite | in-memory arrays (lower bound) | ratio | target |");
        output.WriteLine("| --- | ---: | ---: | ---: | --- |");
        var buildRate = options.Relationships / build.TotalSeconds;
        if (import is { } times)
        {
            var bulkRate = (times.BulkRelationships + options.Actors) / times.Bulk.TotalSeconds;
            var rate = times.BulkRelationships / times.Bulk.TotalSeconds;
            Line(output, $"| import, relationships/s: documents, {options.Actors:N0} actors and {times.BulkRelationships:N0} relationships in one batch (evidence and audit included) | {rate:N0} | {buildRate:N0} (array build) | {buildRate / rate:F1} | ≥ 50,000/s: {(rate >= 50_000 ? "met" : "MISSED")} |");
            Line(output, $"| import, records/s of that batch (actors and relationships) | {bulkRate:N0} | | | |");
            Line(output, $"| then its checkpoint in the background (WAL into the database file; none after a direct load), s; relationships/s counting it | {times.Checkpoint.TotalSeconds:F1}; {times.BulkRelationships / (times.Bulk + times.Checkpoint).TotalSeconds:N0} | | | |");
            var floorRate = options.Relationships / floor.TotalSeconds;
            Line(output, $"| import, relationships/s, against SQLite alone writing the same rows and indexes (all {options.Relationships:N0}; INSERT … SELECT from the imported file, one transaction) | {rate:N0} | {floorRate:N0} (SQLite alone) | {floorRate / rate:F1} | |");
            Line(output, $"| import, relationships/s: a further batch of {times.IncrementalRelationships:N0} into the {times.BulkRelationships:N0} | {times.IncrementalRelationships / times.Incremental.TotalSeconds:N0} | | | |");
        }

        // The measured queries are the same whatever the warm-up: the default warm-up queries and the measured ones are
        // drawn first, as they always were, and a longer warm-up adds queries of its own drawn from another stream.
        var random = new Random(options.Seed + 1);
        var extra = new Random(options.Seed + 2);
        var warmUp = options.WarmUp;
        var pairs = Enumerable.Range(0, options.Queries + DefaultWarmUp).Select(_ => Pair(random, options.Actors)).ToList();
        var seeds = Enumerable.Range(0, options.Queries + DefaultWarmUp).Select(_ => SyntheticGraph.ActorId(random.Next(options.Actors))).ToList();
        List<T> Inputs<T>(List<T> drawn, int measured, Func<T> draw) =>
            [.. Enumerable.Range(0, Math.Max(0, warmUp - DefaultWarmUp)).Select(_ => draw()), .. drawn.Skip(Math.Max(0, DefaultWarmUp - warmUp)).Take(Math.Min(warmUp, DefaultWarmUp) + measured)];
        string ExtraSeed() => SyntheticGraph.ActorId(extra.Next(options.Actors));

        var notes = new List<string>();
        if (options.Measures("shortest-path"))
        {
            await Compare(output, notes, "shortest path (any direction, ≤ 6 hops)", "median ≤ 10 ms", 10, Inputs(pairs, options.Queries, () => Pair(extra, options.Actors)), warmUp, (reader, pair) => Paths(reader, pair, 1), cancellationToken, store, memory);
        }

        if (options.Measures("shortest-paths"))
        {
            await Compare(output, notes, "3 shortest paths (any direction, ≤ 6 hops)", "", null, Inputs(pairs, options.Queries / 2, () => Pair(extra, options.Actors)), warmUp, (reader, pair) => Paths(reader, pair, 3), cancellationToken, store, memory);
        }

        if (options.Measures("neighbourhood"))
        {
            await Compare(output, notes, "depth-2 neighbourhood (node cap 500)", "median ≤ 20 ms", 20, Inputs(seeds, options.Queries, ExtraSeed), warmUp, (reader, seed) => Neighbourhood(reader, seed, EdgeFilter.All), cancellationToken, store, memory);
        }

        if (options.Measures("neighbourhood-out"))
        {
            await Compare(output, notes, "depth-2 neighbourhood outward, non-symmetric types (node cap 500)", "", null, Inputs(seeds, options.Queries, ExtraSeed), warmUp, (reader, seed) => Neighbourhood(reader, seed, Outward), cancellationToken, store, memory);
        }

        if (options.Measures("brokers"))
        {
            var measured = Math.Min(50, options.Queries);
            var subgraphs = await SubgraphsAsync(memory, seeds.Take(measured + DefaultWarmUp), random, cancellationToken);
            var extraSubgraphs = await SubgraphsAsync(memory, Enumerable.Range(0, Math.Max(0, warmUp - DefaultWarmUp)).Select(_ => ExtraSeed()).ToList(), extra, cancellationToken);
            var queue = new Queue<Subgraph>(extraSubgraphs);
            await Compare(output, notes, "brokers among 3 parties on a 1,000-actor subgraph", "", null, Inputs(subgraphs, measured, queue.Dequeue), warmUp, Brokers, cancellationToken, store, memory);
        }

        output.WriteLine();
        foreach (var note in notes)
        {
            output.WriteLine(note);
        }

        SqliteConnection.ClearAllPools();
        return 0;
    }

    /// <summary>Refuses a reused database that does not hold this graph: same counts, and a sample of relationships with the same ends and type.</summary>
    private static async Task RequireSameGraphAsync(SqliteGraphStore store, SyntheticGraph graph, CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken);
        var sample = Enumerable.Range(0, 100).Select(i => graph.Relationships[(int)((long)i * graph.Relationships.Count / 100)]).ToList();
        var stored = await store.GetRelationshipsAsync([.. sample.Select(r => r.Id)], cancellationToken);
        var same = stats.Actors == graph.Actors.Count
            && stats.Relationships == graph.Relationships.Count
            && sample.All(r => stored.TryGetValue(r.Id, out var s) && s.SourceId == r.SourceId && s.TargetId == r.TargetId && s.Type == r.Type);
        if (!same)
        {
            throw new InvalidOperationException($"{store.FilePath} does not hold this synthetic graph (other actors, relationships or seed); delete it or name another file.");
        }
    }

    private static (string From, string To) Pair(Random random, int actors)
    {
        var from = random.Next(actors);
        int to;
        do
        {
            to = random.Next(actors);
        }
        while (to == from);

        return (SyntheticGraph.ActorId(from), SyntheticGraph.ActorId(to));
    }

    private static async Task<Outcome> Paths(IGraphReader reader, (string From, string To) pair, int limit)
    {
        var result = await new PathFinder(reader).FindAsync(new PathQuery { FromId = pair.From, ToId = pair.To, Limit = limit });
        return new Outcome(() => string.Join("|", result.Paths.Select(p => string.Join(",", p.RelationshipIds))), result.Work);
    }

    /// <summary>Outgoing relationships of every interaction type that is not symmetric, so the store is asked for one direction.</summary>
    private static readonly EdgeFilter Outward = new()
    {
        Direction = Direction.Out,
        Types = RelationshipVocabulary.Default.Interactions.Where(t => !t.Symmetric).Select(t => t.Code).ToHashSet(StringComparer.Ordinal),
    };

    private static async Task<Outcome> Neighbourhood(IGraphReader reader, string seed, EdgeFilter filter)
    {
        var result = await new NeighbourhoodExplorer(reader).ExploreAsync(new NeighbourhoodQuery { SeedIds = [seed], Depth = 2, NodeCap = 500, Filter = filter });
        return new Outcome(
            () => string.Join(",", result.Nodes.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n.Id}:{n.Distance}:{n.Degree}")))
                + "|" + string.Join(",", result.Edges.Select(e => e.Id)),
            result.Work);
    }

    private static async Task<Outcome> Brokers(IGraphReader reader, Subgraph subgraph)
    {
        var result = await new BrokerRanking(new SubgraphReader(reader, subgraph.Members)).RankAsync(new BrokerQuery { PartyIds = subgraph.Parties, Top = 10 });
        return new Outcome(() => string.Join(",", result.Brokers.Select(b => b.ActorId + ":" + b.Score.ToString("F6", CultureInfo.InvariantCulture))), result.Work);
    }

    /// <summary>Each subgraph: the 1,000 actors a depth-3 neighbourhood of a seed keeps under a node cap of 1,000, and 3 parties drawn from them.</summary>
    private static async Task<List<Subgraph>> SubgraphsAsync(InMemoryGraph memory, IEnumerable<string> seeds, Random random, CancellationToken cancellationToken)
    {
        var subgraphs = new List<Subgraph>();
        foreach (var seed in seeds)
        {
            var neighbourhood = await new NeighbourhoodExplorer(memory).ExploreAsync(new NeighbourhoodQuery { SeedIds = [seed], Depth = 3, NodeCap = 1_000 }, cancellationToken);
            var members = neighbourhood.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            var parties = neighbourhood.Nodes.Select(n => n.Id).OrderBy(_ => random.Next()).Take(3).ToList();
            subgraphs.Add(new Subgraph(members, parties));
        }

        return subgraphs;
    }

    private static async Task Compare<T>(
        TextWriter output, List<string> notes, string name, string target, double? targetMedian, List<T> inputs, int warmUp, Func<IGraphReader, T, Task<Outcome>> operation, CancellationToken cancellationToken, IGraphReader store, IGraphReader memory)
    {
        var (onStore, storeOutcomes) = await MeasureAsync(store, inputs, warmUp, operation, cancellationToken);
        var (inMemory, memoryOutcomes) = await MeasureAsync(memory, inputs, warmUp, operation, cancellationToken);
        var verdict = targetMedian is { } limit ? $"{target}: {(onStore.Median <= limit ? "met" : "MISSED")}" : "";
        Line(output, $"| {name}, median ms | {onStore.Median:F2} | {inMemory.Median:F3} | {onStore.Median / inMemory.Median:F1} | {verdict} |");
        Line(output, $"| {name}, p99 ms | {onStore.P99:F2} | {inMemory.P99:F3} | {onStore.P99 / inMemory.P99:F1} | |");
        var differing = storeOutcomes.Zip(memoryOutcomes).Count(p => p.First.Answer() != p.Second.Answer());
        Line(output, $"- {name}: {onStore.Count} measured after {warmUp} warm-up runs; mean {storeOutcomes.Average(o => o.Work.NodesExpanded):F0} actors expanded, {storeOutcomes.Average(o => o.Work.EdgesScanned):F0} edges scanned, {storeOutcomes.Average(o => o.Work.StoreCalls):F1} edge reads per query; {storeOutcomes.Count(o => o.Work.Truncated)} cut by a bound; answers differing between SQLite and arrays: {differing}.", notes);
    }

    private static async Task<(LatencySample, List<Outcome>)> MeasureAsync<T>(IGraphReader reader, List<T> inputs, int warmUp, Func<IGraphReader, T, Task<Outcome>> operation, CancellationToken cancellationToken)
    {
        var sample = new LatencySample();
        var outcomes = new List<Outcome>();
        for (var i = 0; i < inputs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var outcome = await operation(reader, inputs[i]);
            if (i >= warmUp)
            {
                sample.Add(clock.Elapsed);
                outcomes.Add(outcome);
            }
        }

        return (sample, outcomes);
    }

    private static void Line(TextWriter output, string text, List<string>? notes = null)
    {
        if (notes is null)
        {
            output.WriteLine(text);
            output.Flush();
        }
        else
        {
            notes.Add(text);
        }
    }

    private sealed record Subgraph(IReadOnlySet<string> Members, IReadOnlyList<string> Parties);

    /// <summary>An answer, written out only when compared (outside the timed call), and the work it took.</summary>
    private sealed record Outcome(Func<string> Answer, WorkReport Work);
}

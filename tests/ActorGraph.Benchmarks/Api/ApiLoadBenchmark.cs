using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using ActorGraph.Benchmarks.GraphQLHttp;
using ActorGraph.TestSupport;

namespace ActorGraph.Benchmarks.Api;

/// <summary>
/// Five analyst queries against the ActorGraph server (its own process, the embedded store) over loopback at a fixed
/// number of connections, on the seed data or on the synthetic graph; the lower bound is the same server answering
/// <c>/healthz</c> (HTTP, authentication and request-id middleware, no GraphQL and no store). Server processor time per
/// request is reported too: unlike throughput, it hardly depends on what else the machine runs.
/// </summary>
public sealed class ApiLoadBenchmark : IBenchmark
{
    public string Name => "api-load";

    public string Description => "ActorGraph server: throughput and p50/p99 of five analyst queries at 64 connections (--graph seed|synthetic)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = ApiLoadOptions.Parse(args);
        using var folder = new TemporaryDirectory();
        var (settings, queries, graph) = options.Graph == LoadGraph.Seed
            ? ([$"--Sqlite:Path={folder.File("bench.db")}"], AnalystQueries.Seed, "seed data imported on first start into a fresh file")
            : await SyntheticAsync(options, cancellationToken);
        using var server = await ServerUnderTest.StartAsync(options.Port, settings, cancellationToken);
        foreach (var query in queries)
        {
            await CheckAnswersAsync(server.BaseUrl, query, cancellationToken);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Server: `dotnet run -c Release --project src/ActorGraph.Server` (embedded SQLite, {graph}), own process; load generator: this process, {options.Connections} connections, closed loop; warm-up {options.WarmUp.TotalSeconds:0} s, measured {options.Duration.TotalSeconds:0} s per query. Machine: {Environment.ProcessorCount} cores."));
        output.WriteLine();
        output.WriteLine("| query | requests/s | p50 ms | p99 ms | failures | throughput / lower bound | server CPU ms / request |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var (floor, floorCpu) = await MeasureAsync(server, options, "/healthz", [], cancellationToken);
        output.WriteLine(Row("lower bound: POST /healthz", floor, floor, floorCpu));
        var failures = floor.Failures;
        foreach (var query in queries)
        {
            var (result, cpu) = await MeasureAsync(server, options, "/graphql", Body(query), cancellationToken);
            failures += result.Failures;
            output.WriteLine(Row(query.Name, result, floor, cpu));
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task<(string[] Settings, IReadOnlyList<AnalystQuery> Queries, string Graph)> SyntheticAsync(ApiLoadOptions options, CancellationToken cancellationToken)
    {
        var (database, picks) = await SyntheticDatabase.EnsureAsync(options, Console.Error, cancellationToken);
        var graph = string.Create(CultureInfo.InvariantCulture,
            $"synthetic graph of {options.Actors:N0} actors and {options.Relationships:N0} relationships, seed {options.Seed}, cached file, seed import off; hub `{picks.Hub}` (degree {picks.HubDegree:N0}), mean-degree actors `{picks.Middle}` ({picks.MiddleDegree}) and `{picks.Other}` ({picks.OtherDegree})");
        return ([$"--Sqlite:Path={database}", "--Seed:ImportOnFirstStart=false"], AnalystQueries.Synthetic(picks), graph);
    }

    /// <summary>A warm-up run, then the measured run with the server's processor time per request over it.</summary>
    private static async Task<(LoadResult Result, double CpuMsPerRequest)> MeasureAsync(
        ServerUnderTest server, ApiLoadOptions options, string path, byte[] body, CancellationToken cancellationToken)
    {
        var url = new Uri(server.BaseUrl, path);
        await LoadGenerator.RunAsync(url, body, options.Connections, TimeSpan.Zero, options.WarmUp, cancellationToken);
        var before = server.ProcessorTime;
        var result = await LoadGenerator.RunAsync(url, body, options.Connections, TimeSpan.Zero, options.Duration, cancellationToken);
        var cpu = (server.ProcessorTime - before).TotalMilliseconds / Math.Max(1, result.Requests);
        return (result, cpu);
    }

    /// <summary>The load generator counts only HTTP failures, so each query is first checked to answer data without errors.</summary>
    private static async Task CheckAnswersAsync(Uri baseUrl, AnalystQuery query, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var content = new ByteArrayContent(Body(query));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(new Uri(baseUrl, "/graphql"), content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        using var answer = JsonDocument.Parse(text);
        if (!response.IsSuccessStatusCode || answer.RootElement.TryGetProperty("errors", out _) || !answer.RootElement.TryGetProperty("data", out _))
        {
            throw new InvalidOperationException($"The query \"{query.Name}\" does not answer cleanly ({(int)response.StatusCode}): {text}");
        }
    }

    private static byte[] Body(AnalystQuery query) => JsonSerializer.SerializeToUtf8Bytes(new { query = query.Document });

    private static string Row(string name, LoadResult result, LoadResult floor, double cpuMsPerRequest) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {result.RequestsPerSecond:0} | {result.MedianMs:0.00} | {result.P99Ms:0.00} | {result.Failures} | {result.RequestsPerSecond / floor.RequestsPerSecond:0.00} | {cpuMsPerRequest:0.00} |");
}

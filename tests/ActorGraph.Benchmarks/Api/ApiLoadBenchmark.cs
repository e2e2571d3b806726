using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Benchmarks.GraphQLHttp;
using ActorGraph.TestSupport;

namespace ActorGraph.Benchmarks.Api;

/// <summary>
/// Five analyst queries against the ActorGraph server (its own process, the embedded store with the seed data) over
/// loopback at a fixed number of connections; the lower bound is the same server answering <c>/healthz</c> (HTTP,
/// authentication and request-id middleware, no GraphQL and no store).
/// </summary>
public sealed class ApiLoadBenchmark : IBenchmark
{
    private static readonly (string Name, string Query)[] Queries =
    [
        ("who pressured Qatar (relationships + evidence)", """{ actor(id: "qatar") { relationships(types: ["PRESSURES"], direction: IN) { nodes { source { name } date attribution evidence { quote document { title } } } } } }"""),
        ("mediators Israel–Hamas, March 2024", """{ mediators(between: ["israel", "hamas"], window: { from: "2024-03-01", to: "2024-03-31" }) { mediator { name } relationships { date evidence { quote } } } }"""),
        ("neighbourhood of Qatar, depth 2", """{ neighbourhood(ids: ["qatar"], depth: 2) { nodes { id label kind } edges { id source target type weight start end } } }"""),
        ("3 shortest paths US → Hamas", """{ paths(from: "united-states", to: "hamas", limit: 3) { paths { actors { name } steps { relationship { type evidence { quote } } } } } }"""),
        ("brokers Israel–Hamas (MEDIATES)", """{ brokers(between: ["israel", "hamas"], types: ["MEDIATES"]) { brokers { rank score actor { name } } } }"""),
    ];

    public string Name => "api-load";

    public string Description => "ActorGraph server: throughput and p50/p99 of five analyst queries at 64 connections (seed data)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var connections = Option(args, "--connections", 64);
        var duration = TimeSpan.FromSeconds(Option(args, "--duration", 10));
        var warmUp = TimeSpan.FromSeconds(Option(args, "--warmup", 3));
        using var folder = new TemporaryDirectory();
        var port = Option(args, "--port", 5091);
        using var server = await StartServerAsync(port, folder.File("bench.db"), cancellationToken);
        var baseUrl = new Uri($"http://127.0.0.1:{port}");

        output.WriteLine($"Server: `dotnet run -c Release --project src/ActorGraph.Server` (embedded SQLite, seed data), own process; load generator: this process, {connections} connections, closed loop; warm-up {warmUp.TotalSeconds:0} s, measured {duration.TotalSeconds:0} s per query. Machine: {Environment.ProcessorCount} cores.");
        output.WriteLine();
        output.WriteLine("| query | requests/s | p50 ms | p99 ms | failures | throughput / lower bound |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        var floor = await LoadGenerator.RunAsync(new Uri(baseUrl, "/healthz"), [], connections, warmUp, duration, cancellationToken);
        output.WriteLine(Row("lower bound: POST /healthz", floor, floor));
        var failures = floor.Failures;
        foreach (var (name, query) in Queries)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new { query });
            var result = await LoadGenerator.RunAsync(new Uri(baseUrl, "/graphql"), body, connections, warmUp, duration, cancellationToken);
            failures += result.Failures;
            output.WriteLine(Row(name, result, floor));
        }

        return failures == 0 ? 0 : 1;
    }

    private static string Row(string name, LoadResult result, LoadResult floor) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {result.RequestsPerSecond:0} | {result.MedianMs:0.00} | {result.P99Ms:0.00} | {result.Failures} | {result.RequestsPerSecond / floor.RequestsPerSecond:0.00} |");

    private static async Task<ServerHandle> StartServerAsync(int port, string database, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["run", "-c", "Release", "--project", "src/ActorGraph.Server", "--no-launch-profile", "--",
                     $"--urls=http://127.0.0.1:{port}", $"--Sqlite:Path={database}", "--Logging:LogLevel:Default=Warning"])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the server.");
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        _ = process.StandardError.ReadToEndAsync(cancellationToken);
        using var http = new HttpClient();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            try
            {
                using var ready = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/readyz"), cancellationToken);
                if (ready.IsSuccessStatusCode)
                {
                    return new ServerHandle(process);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited ({process.ExitCode}) before it was ready.");
            }

            await Task.Delay(500, cancellationToken);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The server was not ready within 5 minutes.");
    }

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class ServerHandle(Process process) : IDisposable
    {
        public void Dispose()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }
}

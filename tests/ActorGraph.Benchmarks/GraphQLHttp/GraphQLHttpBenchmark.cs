using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorGraph.Benchmarks.GraphQLHttp;

/// <summary>
/// HTTP throughput and latency of an analyst-shaped query: our engine behind our endpoint, graphql-js behind
/// graphql-http on Node, and a hand-made ASP.NET endpoint writing the same JSON (the lower bound).
/// Each server runs in its own process; the load generator runs here, against one server at a time.
/// </summary>
public sealed class GraphQLHttpBenchmark : IBenchmark
{
    public string Name => "graphql-http";

    public string Description => "GraphQL over HTTP: our engine vs graphql-js (graphql-http) vs a hand-made endpoint";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args is ["--serve", var which])
        {
            await (which == "engine" ? EngineServer.ServeAsync(cancellationToken) : HandmadeServer.ServeAsync(cancellationToken));
            return 0;
        }

        var duration = TimeSpan.FromSeconds(Option(args, "--duration", 10));
        var warmUp = TimeSpan.FromSeconds(Option(args, "--warmup", 3));
        var connectionCounts = OptionList(args, "--connections", [16, 64]);

        await EnsureNodePackagesAsync(cancellationToken);
        var query = await File.ReadAllTextAsync(Path.Combine(AnalystData.Folder, "analyst-query.graphql"), cancellationToken);
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query, variables = new { id = "a7" } });

        await using var graphqlJs = await ServerProcess.StartAsync("node",
            [Path.Combine(AnalystData.Folder, "node", "server.mjs"), "0", Path.Combine(AnalystData.Folder, "analyst.graphql"), Path.Combine(AnalystData.Folder, "analyst-data.json")],
            AnalystData.Folder, cancellationToken);
        await using var engine = await StartSelfAsync("engine", cancellationToken);
        await using var handmade = await StartSelfAsync("handmade", cancellationToken);
        var servers = new (string Name, ServerProcess Process)[]
        {
            ("graphql-js 16.15.0 + graphql-http 1.23.1 on Node", graphqlJs),
            ("ActorGraph engine + ActorGraph.GraphQL.AspNetCore", engine),
            ("hand-made ASP.NET endpoint (lower bound)", handmade),
        };

        var reference = await SameAnswerAsync(servers.Select(s => s.Process.GraphQLUrl), body, cancellationToken);
        output.WriteLine($"Query: analyst-query.graphql ({CountFields(reference)} fields, {Encoding.UTF8.GetByteCount(reference.ToJsonString())} bytes of JSON); identical responses from all three servers.");
        output.WriteLine($"Warm-up {warmUp.TotalSeconds:0} s, measured {duration.TotalSeconds:0} s per server and concurrency; load generator: this process (HttpClient, closed loop).");
        output.WriteLine();
        output.WriteLine("| connections | server | requests/s | median ms | p99 ms | failures |");
        output.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: |");

        var ok = true;
        foreach (var connections in connectionCounts)
        {
            var results = new List<LoadResult>();
            foreach (var (name, process) in servers)
            {
                var result = await LoadGenerator.RunAsync(process.GraphQLUrl, body, connections, warmUp, duration, cancellationToken);
                results.Add(result);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {connections} | {name} | {result.RequestsPerSecond:0} | {result.MedianMs:0.00} | {result.P99Ms:0.00} | {result.Failures} |"));
            }

            var (js, ours, bound) = (results[0], results[1], results[2]);
            var throughputRatio = ours.RequestsPerSecond / js.RequestsPerSecond;
            ok &= throughputRatio >= 2 && ours.P99Ms <= js.P99Ms;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {connections} | **ratios** | ours/graphql-js **{throughputRatio:0.00}x** (target ≥ 2x); ours/lower bound {ours.RequestsPerSecond / bound.RequestsPerSecond:0.00}x | | p99 ours/graphql-js {ours.P99Ms / js.P99Ms:0.00} (target ≤ 1) | |"));
        }

        output.WriteLine();
        output.WriteLine(ok ? "Targets met." : "Targets NOT met.");
        return ok ? 0 : 1;
    }

    private static Task<ServerProcess> StartSelfAsync(string which, CancellationToken cancellationToken)
    {
        var self = Environment.ProcessPath!;
        IEnumerable<string> arguments = ["graphql-http", "--serve", which];
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            arguments = arguments.Prepend(typeof(GraphQLHttpBenchmark).Assembly.Location);
        }

        return ServerProcess.StartAsync(self, arguments, AppContext.BaseDirectory, cancellationToken);
    }

    /// <summary>Asks every server once and checks they answer the same JSON, so the comparison is fair.</summary>
    private static async Task<JsonNode> SameAnswerAsync(IEnumerable<Uri> urls, byte[] body, CancellationToken cancellationToken)
    {
        using var client = new HttpClient();
        JsonNode? first = null;
        foreach (var url in urls)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync(url, content, cancellationToken);
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
            if (first is null)
            {
                first = json;
            }
            else if (!JsonNode.DeepEquals(first, json))
            {
                throw new InvalidOperationException($"{url} answered differently:\n{json.ToJsonString()}\nexpected:\n{first.ToJsonString()}");
            }
        }

        return first!;
    }

    private static int CountFields(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Sum(p => 1 + CountFields(p.Value)),
        JsonArray array => array.Sum(CountFields),
        _ => 0,
    };

    private static async Task EnsureNodePackagesAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(AnalystData.Folder, "node");
        if (Directory.Exists(Path.Combine(folder, "node_modules", "graphql-http")))
        {
            return;
        }

        using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder })!;
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException("npm ci failed in " + folder);
        }
    }

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static IReadOnlyList<int> OptionList(IReadOnlyList<string> args, string name, IReadOnlyList<int> fallback)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count
            ? args[index + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList()
            : fallback;
    }
}

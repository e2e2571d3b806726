using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Validation;

namespace ActorGraph.Benchmarks.GraphQLValidation;

/// <summary>
/// Parse + validate throughput of our engine against graphql-js 16.15.0 on the same documents (the ActorGraph
/// schema, realistic queries and the full introspection query), in one run. Option: measured seconds (default 5).
/// </summary>
public sealed class ParseValidateBenchmark : IBenchmark
{
    public string Name => "graphql-validation";

    public string Description => "Parse + validate throughput against graphql-js on the same documents (target: 2x)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var seconds = args.Count > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var input = JsonSerializer.Serialize(new { sdl = BenchmarkDocuments.SchemaSdl, documents = BenchmarkDocuments.Queries, seconds });
        var reference = JsonNode.Parse(await GraphQLJsProcess.RunAsync("graphql-js-parse-validate-bench.mjs", input, cancellationToken))!;
        var documents = BenchmarkDocuments.Queries.Append((string)reference["introspectionQuery"]!).ToArray();

        var (oursPerSecond, oursValid) = Measure(documents, seconds);
        var theirsPerSecond = (double)reference["documentsPerSecond"]!;
        var ratio = oursPerSecond / theirsPerSecond;

        output.WriteLine($"## Parse + validate throughput ({documents.Length} documents, ActorGraph schema, {seconds:0.#} s each)");
        output.WriteLine();
        output.WriteLine("| implementation | documents/s | valid documents |");
        output.WriteLine("|---|---:|---:|");
        output.WriteLine($"| ActorGraph engine | {oursPerSecond:N0} | {oursValid} |");
        output.WriteLine($"| graphql-js {reference["version"]} (node {reference["node"]}) | {theirsPerSecond:N0} | {(int)reference["valid"]!} |");
        output.WriteLine();
        output.WriteLine($"Ratio: {ratio:0.00}x graphql-js (target: at least 2x) {(ratio >= 2 ? "PASS" : "FAIL")}");
        return (int)reference["valid"]! == oursValid && ratio >= 2 ? 0 : 1;
    }

    private static (double PerSecond, int Valid) Measure(string[] documents, double seconds)
    {
        var schema = BenchmarkDocuments.Schema;
        int RunOnce()
        {
            var valid = 0;
            foreach (var text in documents)
            {
                if (Validator.Validate(schema, Parser.Parse(text)).Count == 0)
                {
                    valid++;
                }
            }

            return valid;
        }

        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
        {
            RunOnce();
        }

        var passes = 0;
        var validCount = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            validCount = RunOnce();
            passes++;
        }

        return (passes * documents.Length / watch.Elapsed.TotalSeconds, validCount);
    }
}

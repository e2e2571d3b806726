using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorGraph.GraphQL.Tests.Conformance;

/// <summary>What graphql-js says about one document: valid, invalid, a syntax error (or a crash), with its errors.</summary>
public sealed record ReferenceVerdict(string Outcome, IReadOnlyList<ReferenceError> Errors);

public sealed record ReferenceError(string Message, IReadOnlyList<string> Locations);

/// <summary>graphql-js's answers for the whole corpus: one node process, started once per test run.</summary>
public sealed record ReferenceAnswers(
    string Version,
    string IntrospectionQuery,
    IReadOnlyDictionary<string, JsonNode> Introspection,
    IReadOnlyDictionary<string, ReferenceVerdict> Verdicts);

/// <summary>
/// Runs <c>graphql-js-verdicts.mjs</c> (graphql-js pinned by package-lock.json, installed with <c>npm ci</c>
/// when node_modules is missing) over every schema and document of the corpus.
/// </summary>
public static class GraphQLJsOracle
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly Lazy<Task<ReferenceAnswers>> Answers = new(AskAsync);

    public static Task<ReferenceAnswers> AnswersAsync() => Answers.Value;

    private static async Task<ReferenceAnswers> AskAsync()
    {
        var folder = ConformanceCorpus.Folder;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql")))
        {
            await RunAsync("npm", folder, ["ci", "--no-audit", "--no-fund"], input: null);
        }

        var input = JsonSerializer.Serialize(new
        {
            schemas = ConformanceCorpus.SchemaSdl,
            documents = ConformanceCorpus.Documents.Select(d => new { name = d.Name, schema = d.Schema, text = d.Text }),
        });
        var output = await RunAsync("node", folder, ["graphql-js-verdicts.mjs"], input);
        var root = JsonNode.Parse(output)!.AsObject();
        return new ReferenceAnswers(
            (string)root["version"]!,
            (string)root["introspectionQuery"]!,
            root["introspection"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!),
            root["verdicts"].Deserialize<Dictionary<string, ReferenceVerdict>>(Json)!);
    }

    private static async Task<string> RunAsync(string fileName, string folder, string[] arguments, string? input)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input ?? string.Empty);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
    }
}

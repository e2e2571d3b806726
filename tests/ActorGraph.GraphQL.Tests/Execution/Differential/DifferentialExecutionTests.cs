using System.Text.Json;
using System.Text.Json.Nodes;
using ActorGraph.GraphQL.Execution;
using ActorGraph.TestSupport;

namespace ActorGraph.GraphQL.Tests.Execution.Differential;

/// <summary>
/// The same SDL, data and resolvers in graphql-js 16.15.0 (run.mjs) and in our engine; every response of
/// corpus.txt must be the same JSON. One normalisation: graphql-js gives its own errors (null in a non-null
/// field, bad variables, ...) no extensions, while ours always carry extensions.code; the code is dropped
/// from our error when graphql-js's has no extensions.
/// </summary>
public sealed class DifferentialExecutionTests
{
    private static readonly string Folder = RepositoryPaths.Combine("tests", "ActorGraph.GraphQL.Tests", "Execution", "Differential");

    [Fact]
    public async Task Every_corpus_response_equals_graphql_js()
    {
        var cases = DifferentialCorpus.Read(Path.Combine(Folder, "corpus.txt"));
        using var temporary = new TemporaryDirectory();
        var casesFile = temporary.File("cases.json");
        await File.WriteAllTextAsync(casesFile, JsonSerializer.Serialize(cases));

        var reference = JsonNode.Parse(await NodeScript.RunAsync(Folder, "run.mjs", casesFile))!.AsArray();
        var ours = await RunOursAsync(cases);

        cases.Should().HaveCountGreaterThanOrEqualTo(100);
        var differences = cases
            .Select((c, i) => (c.Name, Expected: reference[i]!, Actual: Normalise(ours[i], reference[i]!)))
            .Where(x => !JsonNode.DeepEquals(x.Expected, x.Actual) || x.Expected.ToJsonString() != x.Actual.ToJsonString())
            .Select(x => $"{x.Name}:\n  graphql-js: {x.Expected.ToJsonString()}\n  ours:       {x.Actual.ToJsonString()}")
            .ToList();
        differences.Should().BeEmpty();
    }

    private static async Task<List<JsonNode>> RunOursAsync(IReadOnlyList<DifferentialCase> cases)
    {
        var schema = new DifferentialSchema(Folder);
        var executor = new GraphQLExecutor(schema.Schema);
        var results = new List<JsonNode>();
        foreach (var c in cases)
        {
            schema.Reset();
            var result = await executor.ExecuteAsync(new GraphQLRequest
            {
                Query = c.Query,
                OperationName = c.OperationName,
                Variables = c.Variables is { } variables ? (IReadOnlyDictionary<string, object?>)ActorGraph.GraphQL.Utilities.JsonValues.ToClr(variables)! : null,
            });
            results.Add(JsonNode.Parse(result.ToJson())!);
        }

        return results;
    }

    private static JsonNode Normalise(JsonNode ours, JsonNode reference)
    {
        if (ours["errors"] is JsonArray errors && reference["errors"] is JsonArray expected)
        {
            for (var i = 0; i < errors.Count && i < expected.Count; i++)
            {
                if (expected[i]!["extensions"] is null && errors[i] is JsonObject error)
                {
                    error.Remove("extensions");
                }
            }
        }

        return ours;
    }
}

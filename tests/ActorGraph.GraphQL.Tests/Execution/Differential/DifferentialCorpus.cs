using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorGraph.GraphQL.Tests.Execution.Differential;

/// <summary>One request of corpus.txt.</summary>
internal sealed record DifferentialCase(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("variables")] JsonElement? Variables,
    [property: JsonPropertyName("operationName")] string? OperationName);

/// <summary>Reads corpus.txt: cases start with "### name"; "# variables: {json}" and "# operationName: X" lines set the request.</summary>
internal static class DifferentialCorpus
{
    public static IReadOnlyList<DifferentialCase> Read(string path)
    {
        var cases = new List<DifferentialCase>();
        string? name = null;
        JsonElement? variables = null;
        string? operationName = null;
        var lines = new List<string>();

        void Flush()
        {
            if (name is not null)
            {
                cases.Add(new DifferentialCase(name, string.Join('\n', lines).Trim(), variables, operationName));
            }
        }

        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                (name, variables, operationName) = (line[4..].Trim(), null, null);
                lines.Clear();
            }
            else if (line.StartsWith("# variables:", StringComparison.Ordinal))
            {
                variables = JsonDocument.Parse(line["# variables:".Length..]).RootElement.Clone();
            }
            else if (line.StartsWith("# operationName:", StringComparison.Ordinal))
            {
                operationName = line["# operationName:".Length..].Trim();
            }
            else if (name is not null)
            {
                lines.Add(line);
            }
        }

        Flush();
        return cases;
    }
}

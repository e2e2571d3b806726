using System.Text.Json;
using System.Text.Json.Nodes;
using ActorGraph.Server.Tests.Support;
using ActorGraph.TestSupport;

namespace ActorGraph.Server.Tests.Documentation;

/// <summary>
/// Every example query of the README (a <c>graphql</c> block followed by a <c>json</c> block) gets exactly the answer
/// the README shows, on the seed data: a person following the README sees what it promises.
/// </summary>
public sealed class ReadmeExampleTests
{
    public static TheoryData<int, string, string> Examples()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("README.md"));
        var data = new TheoryData<int, string, string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```graphql")
            {
                continue;
            }

            var (query, afterQuery) = Block(lines, i + 1);
            var next = Array.FindIndex(lines, afterQuery, l => l.Trim().StartsWith("```", StringComparison.Ordinal));
            if (next >= 0 && lines[next].Trim() == "```json" && !query.TrimStart().StartsWith("mutation", StringComparison.Ordinal))
            {
                data.Add(i + 1, query, Block(lines, next + 1).Text);
            }
        }

        return data;
    }

    [Fact]
    public void The_readme_has_at_least_six_example_queries_with_their_output() => Examples().Should().HaveCountGreaterThanOrEqualTo(6);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_example_gets_the_answer_the_readme_shows(int line, string query, string expected)
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.GraphQL().SendAsync(query);

        JsonNode.DeepEquals(JsonNode.Parse(response.Body.GetRawText()), JsonNode.Parse(expected))
            .Should().BeTrue($"README line {line} shows {expected}\nbut the server answered {JsonSerializer.Serialize(response.Body, Indented)}");
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static (string Text, int Next) Block(string[] lines, int start)
    {
        var end = Array.FindIndex(lines, start, l => l.Trim() == "```");
        return (string.Join('\n', lines[start..end]), end + 1);
    }
}

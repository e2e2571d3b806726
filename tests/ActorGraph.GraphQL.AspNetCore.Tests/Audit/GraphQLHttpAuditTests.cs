using System.Text.Json;
using ActorGraph.TestSupport;

namespace ActorGraph.GraphQL.AspNetCore.Tests.Audit;

/// <summary>graphql-http 1.23.1's GraphQL-over-HTTP server audits against our endpoint on a real socket.</summary>
public sealed class GraphQLHttpAuditTests
{
    private static readonly string Folder = RepositoryPaths.Combine("tests", "ActorGraph.GraphQL.AspNetCore.Tests", "Audit");

    [Fact]
    public async Task Every_MUST_and_SHOULD_audit_passes()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var output = await NodeScript.RunAsync(Folder, "audit.mjs", server.Url.ToString());
        var results = JsonSerializer.Deserialize<List<AuditResult>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        results.Should().HaveCountGreaterThan(50);
        results.Where(r => r.Level is "MUST" or "SHOULD" && !r.Passed)
            .Select(r => $"{r.Id} {r.Name}: {r.Reason}")
            .Should().BeEmpty();
    }

    private sealed record AuditResult(string Id, string Name, string Level, bool Passed, string? Reason);
}

using System.Text.Json;
using ActorGraph.Storage.Neo4j.Tests.Cypher;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Neo4j.Tests.Deployment;

/// <summary>
/// docker-compose.yml and the server's Dockerfile cannot be run here (no Docker engine): the compose file is parsed
/// with the 'yaml' package and both are checked for what the deployment relies on.
/// </summary>
public sealed class DeploymentFileTests
{
    [Fact]
    public async Task The_compose_file_runs_a_pinned_Neo4j_with_a_health_check_and_the_server_configured_for_it()
    {
        var json = await NodeTools.RunScriptAsync("yaml-to-json.mjs", stdin: null, RepositoryPaths.Combine("docker-compose.yml"));
        var services = JsonDocument.Parse(json).RootElement.GetProperty("services");

        var neo4j = services.GetProperty("neo4j");
        neo4j.GetProperty("image").GetString().Should().MatchRegex(@"^neo4j:5\.26[\w.-]*-community$");
        neo4j.GetProperty("environment").GetProperty("NEO4J_AUTH").GetString().Should().Contain("${NEO4J_PASSWORD", "credentials come from the environment");
        neo4j.GetProperty("volumes").EnumerateArray().Select(v => v.GetString()).Should().Contain(v => v!.EndsWith(":/data", StringComparison.Ordinal));
        neo4j.GetProperty("healthcheck").GetProperty("test").EnumerateArray().Select(t => t.GetString()).Should().Contain(t => t!.Contains("cypher-shell", StringComparison.Ordinal));

        var server = services.GetProperty("actorgraph");
        server.GetProperty("build").GetProperty("dockerfile").GetString().Should().Be("src/ActorGraph.Server/Dockerfile");
        File.Exists(RepositoryPaths.Combine("src", "ActorGraph.Server", "Dockerfile")).Should().BeTrue();
        server.GetProperty("depends_on").GetProperty("neo4j").GetProperty("condition").GetString().Should().Be("service_healthy");
        var environment = server.GetProperty("environment");
        environment.GetProperty("Store__Provider").GetString().Should().Be("Neo4j");
        environment.GetProperty("Neo4j__BaseUri").GetString().Should().Be("http://neo4j:7474");
        environment.GetProperty("Neo4j__Password").GetString().Should().Contain("${NEO4J_PASSWORD");
    }

    [Fact]
    public void The_server_image_is_built_in_two_stages_and_runs_as_an_unprivileged_user()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("src", "ActorGraph.Server", "Dockerfile"));

        lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).Should().HaveCount(2);
        lines.Should().Contain(l => l.StartsWith("COPY --from=build", StringComparison.Ordinal));
        var user = lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal));
        user.Should().NotContain("root");
        Array.FindLastIndex(lines, l => l.StartsWith("USER ", StringComparison.Ordinal)).Should().BeGreaterThan(Array.FindLastIndex(lines, l => l.StartsWith("FROM ", StringComparison.Ordinal)));
    }
}

using Xunit.Abstractions;

namespace ActorGraph.Explorer.Tests;

/// <summary>The explorer in a real browser against the real server and the seed data; screenshots in test-output/explorer.</summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class ExplorerBrowserTests(ExplorerServer server, ITestOutputHelper output)
{
    [Fact]
    public Task Searching_Qatar_opens_its_neighbourhood_and_a_MEDIATES_edge_shows_the_article_quote() =>
        RunAsync("neighbourhood-evidence");

    [Fact]
    public Task The_path_finder_shows_a_chain_from_the_United_States_to_Hamas_through_Qatar() =>
        RunAsync("path-finder");

    [Fact]
    public Task GraphiQL_loads_and_runs_a_query() =>
        RunAsync("graphiql");

    private async Task RunAsync(string scenario)
    {
        output.WriteLine($"screenshots: {BrowserScenario.ScreenshotFolder}");
        output.WriteLine(await BrowserScenario.RunAsync(scenario, server.BaseAddress));
    }
}

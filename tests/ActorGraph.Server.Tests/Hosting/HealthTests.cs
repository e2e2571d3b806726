using System.Net;
using System.Text.Json;
using ActorGraph.Server.Hosting;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_and_readiness_answer_once_the_store_is_seeded_and_the_schema_loaded()
    {
        await using var app = await TestApp.StartAsync(seed: false, settings: [new("Seed:ImportOnFirstStart", "true")]);
        using var client = app.Client();

        using var health = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");
        var readiness = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;

        health.StatusCode.Should().Be(HttpStatusCode.OK);
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        readiness.GetProperty("status").GetString().Should().Be("Healthy");
        readiness.GetProperty("checks")[0].GetProperty("description").GetString().Should().Contain("store answers");
        (await app.GraphQL().QueryAsync("{ stats { actors } }")).GetProperty("stats").GetProperty("actors").GetInt32().Should().BePositive("the empty store was seeded at start-up");
    }

    [Fact]
    public async Task Every_response_carries_its_request_id()
    {
        await using var app = await TestApp.StartAsync(seed: false);

        using var response = await app.Client().GetAsync("/healthz");

        response.Headers.GetValues(RequestIdMiddleware.Header).Single().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_restart_on_a_seeded_store_imports_nothing_again()
    {
        using var folder = new ActorGraph.TestSupport.TemporaryDirectory();
        var settings = new KeyValuePair<string, string?>[] { new("Sqlite:Path", folder.File("shared.db")), new("Seed:ImportOnFirstStart", "true") };
        string first;
        await using (var app = await TestApp.StartAsync(seed: false, settings: settings))
        {
            first = await GraphState.FingerprintAsync(app);
        }

        await using var again = await TestApp.StartAsync(seed: false, settings: settings);
        (await GraphState.FingerprintAsync(again)).Should().Be(first);
    }
}

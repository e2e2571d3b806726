using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.GraphQL;

public sealed class AlgorithmQueryTests
{
    [Fact]
    public async Task Paths_from_the_United_States_to_Hamas_pass_through_Qatar_with_their_evidence()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { paths(from: "united-states", to: "hamas", types: ["MEDIATES", "PRESSURES", "COOPERATES_WITH", "COMMUNICATES_WITH"], maxLength: 3, limit: 5) {
                truncated paths { length start end actors { key } steps { from { key } to { key } forward relationship { type evidence { quote } } } } } }
            """);

        var paths = data.GetProperty("paths").GetProperty("paths").EnumerateArray().ToList();
        paths.Should().NotBeEmpty();
        paths.Select(p => p.GetProperty("length").GetInt32()).Should().BeInAscendingOrder();
        paths.Should().Contain(p => p.GetProperty("actors").EnumerateArray().Any(a => a.GetProperty("key").GetString() == "qatar"));
        foreach (var path in paths)
        {
            var actors = path.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("key").GetString()).ToList();
            actors[0].Should().Be("united-states");
            actors[^1].Should().Be("hamas");
            path.GetProperty("steps").GetArrayLength().Should().Be(path.GetProperty("length").GetInt32());
            path.GetProperty("steps").EnumerateArray().Should().OnlyContain(s => s.GetProperty("relationship").GetProperty("evidence").GetArrayLength() > 0);
        }
    }

    [Fact]
    public async Task A_time_respecting_path_never_goes_back_in_time()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { paths(from: "united-states", to: "hamas", timeRespecting: true, limit: 3) { paths { steps { relationship { effectiveDate } } } } }
            """);

        foreach (var path in data.GetProperty("paths").GetProperty("paths").EnumerateArray())
        {
            path.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("relationship").GetProperty("effectiveDate").GetString())
                .Should().BeInAscendingOrder(StringComparer.Ordinal);
        }
    }

    [Fact]
    public async Task The_neighbourhood_of_Qatar_is_drawable_with_stable_ids_labels_and_evidence_weights()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { neighbourhood(ids: ["qatar"], depth: 1, filter: { types: ["MEDIATES", "PRESSURES"] }) {
                truncated
                nodes { id label kind depth degree actor { key } }
                edges { id source target type label symmetric date start end weight relationship { key evidenceCount } } } }
            """);

        var neighbourhood = data.GetProperty("neighbourhood");
        var nodes = neighbourhood.GetProperty("nodes").EnumerateArray().ToList();
        nodes[0].GetProperty("id").GetString().Should().Be("qatar");
        nodes[0].GetProperty("depth").GetInt32().Should().Be(0);
        var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        var edges = neighbourhood.GetProperty("edges").EnumerateArray().ToList();
        edges.Should().NotBeEmpty();
        foreach (var edge in edges)
        {
            ids.Should().Contain(edge.GetProperty("source").GetString()).And.Contain(edge.GetProperty("target").GetString());
            edge.GetProperty("type").GetString().Should().BeOneOf("MEDIATES", "PRESSURES");
            edge.GetProperty("weight").GetInt32().Should().Be(edge.GetProperty("relationship").GetProperty("evidenceCount").GetInt32());
            edge.GetProperty("id").GetString().Should().Be(edge.GetProperty("relationship").GetProperty("key").GetString());
            string.CompareOrdinal(edge.GetProperty("start").GetString(), edge.GetProperty("end").GetString()).Should().BeLessThanOrEqualTo(0);
        }
    }

    [Fact]
    public async Task Qatar_and_Egypt_rank_as_brokers_between_Israel_and_Hamas()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { brokers(between: ["israel", "hamas"], types: ["MEDIATES"], top: 5) {
                truncated brokers { rank score actor { key } } } }
            """);

        var brokers = data.GetProperty("brokers").GetProperty("brokers").EnumerateArray().ToList();
        brokers.Select(b => b.GetProperty("actor").GetProperty("key").GetString()).Should().Contain(["qatar", "egypt"]);
        brokers.Select(b => b.GetProperty("rank").GetInt32()).Should().BeInAscendingOrder();
        brokers.Select(b => b.GetProperty("score").GetDouble()).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task The_timeline_of_Qatar_is_in_time_order_with_counterparts()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { timeline(actor: "qatar", window: { from: "2023-10-01", to: "2024-12-31" }, types: ["MEDIATES", "PRESSURES"]) {
                actor { key } truncated entries { day date outgoing counterpart { key } relationship { type source { key } } } } }
            """);

        var timeline = data.GetProperty("timeline");
        timeline.GetProperty("actor").GetProperty("key").GetString().Should().Be("qatar");
        var entries = timeline.GetProperty("entries").EnumerateArray().ToList();
        entries.Should().NotBeEmpty();
        entries.Select(e => e.GetProperty("day").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);
        entries.Should().OnlyContain(e => e.GetProperty("outgoing").GetBoolean() == (e.GetProperty("relationship").GetProperty("source").GetProperty("key").GetString() == "qatar"));
    }

    [Fact]
    public async Task Rolled_up_chains_and_brokers_run_between_the_states_envoys_act_for()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { paths(from: "bill-burns", to: "hamas", types: ["MEDIATES", "MEETS", "HOSTS", "COMMUNICATES_WITH", "COOPERATES_WITH", "VISITS"], rollUp: true, limit: 1) {
                paths { actors { key kind } steps { relationship { source { key } evidence { quote } } } } }
              brokers(between: ["israel", "hamas"], types: ["MEDIATES", "MEETS", "HOSTS", "COMMUNICATES_WITH", "COOPERATES_WITH", "VISITS"], rollUp: true, top: 5) {
                brokers { actor { key kind } } } }
            """);

        var path = data.GetProperty("paths").GetProperty("paths").EnumerateArray().Single();
        path.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("key").GetString()).Should().Equal("united-states", "qatar", "hamas");
        path.GetProperty("steps").EnumerateArray().Should().OnlyContain(s => s.GetProperty("relationship").GetProperty("evidence").GetArrayLength() > 0);
        var brokers = data.GetProperty("brokers").GetProperty("brokers").EnumerateArray().Select(b => b.GetProperty("actor")).ToList();
        brokers[0].GetProperty("key").GetString().Should().Be("qatar");
        brokers.Should().OnlyContain(b => b.GetProperty("kind").GetString() != "PERSON");
    }
}

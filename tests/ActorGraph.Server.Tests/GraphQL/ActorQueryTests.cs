using System.Text.Json;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.GraphQL;

public sealed class ActorQueryTests
{
    [Fact]
    public async Task An_actor_is_found_by_its_key_and_by_its_global_id()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { byKey: actor(id: "qatar") { id key name kind country aliases }
              byGlobalId: actor(id: "Actor:qatar") { key }
              missing: actor(id: "atlantis") { key } }
            """);

        data.GetProperty("byKey").GetProperty("id").GetString().Should().Be("Actor:qatar");
        data.GetProperty("byKey").GetProperty("kind").GetString().Should().Be("STATE");
        data.GetProperty("byKey").GetProperty("country").GetString().Should().Be("QAT");
        data.GetProperty("byKey").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Contain("Doha");
        data.GetProperty("byGlobalId").GetProperty("key").GetString().Should().Be("qatar");
        data.GetProperty("missing").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Actor_search_matches_aliases_and_filters_by_kind_and_country()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { byAlias: actors(search: "CENTCOM") { totalCount nodes { key } }
              americans: actors(filter: { kinds: [PERSON], countries: ["USA"] }, first: 100) { totalCount nodes { key kind country } } }
            """);

        Keys(data.GetProperty("byAlias").GetProperty("nodes")).Should().Contain("us-central-command");
        var americans = data.GetProperty("americans");
        Keys(americans.GetProperty("nodes")).Should().Contain(["antony-blinken", "bill-burns"]);
        americans.GetProperty("nodes").EnumerateArray().Should().OnlyContain(a =>
            a.GetProperty("kind").GetString() == "PERSON" && a.GetProperty("country").GetString() == "USA");
        americans.GetProperty("totalCount").GetInt32().Should().Be(americans.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Actor_pages_follow_each_other_without_gaps_or_repeats()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.GraphQL();
        const string query = """
            query($after: String) { actors(first: 7, after: $after, orderBy: { field: KEY }) {
              totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { key } } } }
            """;

        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await client.QueryAsync(query, new { after })).GetProperty("actors");
            total = page.GetProperty("totalCount").GetInt32();
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()!));
            page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().Be(after is not null);
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        seen.Should().HaveCount(total).And.OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);

        var firstPage = (await client.QueryAsync(query, new { after = (string?)null })).GetProperty("actors").GetProperty("edges");
        var fromThird = (await client.QueryAsync(query, new { after = firstPage[2].GetProperty("cursor").GetString() })).GetProperty("actors").GetProperty("edges");
        fromThird[0].GetProperty("node").GetProperty("key").GetString().Should().Be(seen[3], "an edge cursor continues right after its edge");
    }

    [Fact]
    public async Task Who_pressured_Qatar_when_and_says_who_is_answered_with_quotes_at_their_offsets()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { actor(id: "qatar") { relationships(types: ["PRESSURES"], direction: IN) { totalCount nodes {
                type source { key } date attribution modality
                evidence { quote start end document { key text } } } } } }
            """);

        var claims = data.GetProperty("actor").GetProperty("relationships").GetProperty("nodes").EnumerateArray().ToList();
        claims.Select(c => c.GetProperty("source").GetProperty("key").GetString()).Should().Contain(["antony-blinken", "united-states"]);
        claims.Should().OnlyContain(c => c.GetProperty("type").GetString() == "PRESSURES");
        claims.Should().Contain(c => c.GetProperty("date").GetString() == "2024-03-05" && c.GetProperty("attribution").GetString() == "two US officials told CNN");
        foreach (var evidence in claims.SelectMany(c => c.GetProperty("evidence").EnumerateArray()))
        {
            var text = evidence.GetProperty("document").GetProperty("text").GetString()!;
            text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()].Should().Be(evidence.GetProperty("quote").GetString());
        }
    }

    [Fact]
    public async Task Actor_fields_answer_counterparts_mediations_affiliations_events_and_first_and_last_seen()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { qatar: actor(id: "qatar") {
                degree firstSeen lastSeen
                counterparts(types: ["MEDIATES"]) { actor { key } relationshipCount evidenceCount types firstSeen lastSeen }
                asMediator: mediations(role: MEDIATOR) { totalCount nodes { source { key } target { key } } }
                asParty: mediations(role: PARTY) { totalCount }
                events { key participants { actor { key } role } }
                affiliations { key type member { key } organisation { key } } }
              blinken: actor(id: "antony-blinken") { affiliations(side: MEMBER) { type title organisation { key } } } }
            """);

        var qatar = data.GetProperty("qatar");
        qatar.GetProperty("degree").GetInt32().Should().BePositive();
        string.CompareOrdinal(qatar.GetProperty("firstSeen").GetString(), qatar.GetProperty("lastSeen").GetString()).Should().BeLessThanOrEqualTo(0);
        var counterparts = qatar.GetProperty("counterparts").EnumerateArray().ToList();
        counterparts.Select(c => c.GetProperty("actor").GetProperty("key").GetString()).Should().Contain(["hamas", "israel"]);
        counterparts.Select(c => c.GetProperty("relationshipCount").GetInt32()).Should().BeInDescendingOrder();
        qatar.GetProperty("asMediator").GetProperty("nodes").EnumerateArray().Should()
            .OnlyContain(r => r.GetProperty("source").GetProperty("key").GetString() == "qatar");
        qatar.GetProperty("asMediator").GetProperty("totalCount").GetInt32().Should().BeGreaterThan(qatar.GetProperty("asParty").GetProperty("totalCount").GetInt32());
        qatar.GetProperty("events").EnumerateArray().Should().OnlyContain(e =>
            e.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("actor").GetProperty("key").GetString() == "qatar"));
        qatar.GetProperty("affiliations").EnumerateArray().Should().OnlyContain(a => a.GetProperty("organisation").GetProperty("key").GetString() == "qatar"
            || a.GetProperty("member").GetProperty("key").GetString() == "qatar");
        data.GetProperty("blinken").GetProperty("affiliations").EnumerateArray()
            .Should().Contain(a => a.GetProperty("organisation").GetProperty("key").GetString() == "united-states" || a.GetProperty("organisation").GetProperty("key").GetString() == "us-state-department");
    }

    [Fact]
    public async Task Who_mediated_between_Israel_and_Hamas_in_March_2024_names_Qatar_and_Egypt_with_the_sentences()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { mediators(between: ["israel", "hamas"], window: { from: "2024-03-01", to: "2024-03-31" }) {
                mediator { key } parties { key } firstSeen lastSeen
                relationships { target { key } date evidence { quote document { key publishedOn } } } } }
            """);

        var mediations = data.GetProperty("mediators").EnumerateArray().ToList();
        mediations.Select(m => m.GetProperty("mediator").GetProperty("key").GetString()).Should().Contain(["qatar", "egypt"]);
        foreach (var mediation in mediations)
        {
            mediation.GetProperty("relationships").EnumerateArray().Select(r => r.GetProperty("target").GetProperty("key").GetString())
                .Should().Contain(["israel", "hamas"]);
            mediation.GetProperty("relationships").EnumerateArray().SelectMany(r => r.GetProperty("evidence").EnumerateArray())
                .Should().OnlyContain(e => e.GetProperty("quote").GetString()!.Length > 0);
        }
    }

    private static IEnumerable<string?> Keys(JsonElement nodes) => nodes.EnumerateArray().Select(n => n.GetProperty("key").GetString());
}

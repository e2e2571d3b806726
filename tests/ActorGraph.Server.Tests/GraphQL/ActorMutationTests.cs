using ActorGraph.Server.Auth;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.GraphQL;

public sealed class ActorMutationTests
{
    [Fact]
    public async Task Create_update_and_add_alias_are_stored_and_audited_with_who_made_them()
    {
        await using var app = await TestApp.StartAsync();
        var editor = app.GraphQL(Role.Editor);

        var created = await editor.QueryAsync("""
            mutation { createActor(input: { name: "Oman", kind: STATE, country: "omn", aliases: ["Sultanate of Oman"], externalIds: [{ system: "wikidata", value: "Q842" }] }) {
              actor { id key name country aliases externalIds { system value } } } }
            """);
        var actor = created.GetProperty("createActor").GetProperty("actor");
        actor.GetProperty("key").GetString().Should().Be("oman");
        actor.GetProperty("country").GetString().Should().Be("OMN");
        actor.GetProperty("externalIds")[0].GetProperty("value").GetString().Should().Be("Q842");

        await editor.QueryAsync("""mutation { updateActor(input: { id: "Actor:oman", description: "Gulf state that hosted back-channel talks." }) { actor { description name } } }""");
        await editor.QueryAsync("""mutation { addAlias(input: { actor: "oman", alias: "Muscat" }) { actor { aliases } } }""");

        var data = await editor.QueryAsync("""
            { actors(search: "Muscat") { nodes { key description aliases } }
              changes(actor: "oman") { who operation entityId requestId } }
            """);
        var found = data.GetProperty("actors").GetProperty("nodes")[0];
        found.GetProperty("key").GetString().Should().Be("oman");
        found.GetProperty("description").GetString().Should().Be("Gulf state that hosted back-channel talks.");
        found.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal("Sultanate of Oman", "Muscat");
        var changes = data.GetProperty("changes").EnumerateArray().ToList();
        changes.Should().HaveCount(3);
        changes.Should().OnlyContain(c => c.GetProperty("who").GetString() == "test-editor" && c.GetProperty("entityId").GetString() == "oman");
        changes.Should().OnlyContain(c => c.GetProperty("requestId").GetString()!.Length > 0);
    }

    [Fact]
    public async Task An_alias_another_actor_holds_is_a_conflict_and_nothing_is_written()
    {
        await using var app = await TestApp.StartAsync();
        var before = await GraphState.FingerprintAsync(app);

        var response = await app.GraphQL(Role.Editor).SendAsync("""mutation { addAlias(input: { actor: "egypt", alias: "doha" }) { actor { aliases } } }""");
        var again = await app.GraphQL(Role.Editor).SendAsync("""mutation { createActor(input: { name: "Qataris", kind: GROUP }) { actor { key } } }""");

        response.ErrorCodes.Should().Equal("CONFLICT");
        response.Errors[0].GetProperty("message").GetString().Should().Contain("qatar");
        again.ErrorCodes.Should().Equal("CONFLICT");
        (await GraphState.FingerprintAsync(app)).Should().Be(before);
    }

    [Theory]
    [InlineData("""mutation { createActor(input: { key: "qatar", name: "Another Qatar", kind: STATE }) { actor { key } } }""", "CONFLICT")]
    [InlineData("""mutation { createActor(input: { key: "Not A Slug", name: "Someone", kind: PERSON }) { actor { key } } }""", "INVALID_INPUT")]
    [InlineData("""mutation { createActor(input: { name: "Someone", kind: PERSON, country: "France" }) { actor { key } } }""", "INVALID_INPUT")]
    [InlineData("""mutation { createActor(input: { name: "   ", kind: PERSON }) { actor { key } } }""", "INVALID_INPUT")]
    [InlineData("""mutation { updateActor(input: { id: "atlantis", name: "Atlantis" }) { actor { key } } }""", "NOT_FOUND")]
    [InlineData("""mutation { addAlias(input: { actor: "atlantis", alias: "Lost City" }) { actor { key } } }""", "NOT_FOUND")]
    [InlineData("""mutation { addAlias(input: { actor: "qatar", alias: "Qataris" }) { actor { key } } }""", "CONFLICT")]
    public async Task Bad_actor_input_gets_its_error_code_and_writes_nothing(string mutation, string code)
    {
        await using var app = await TestApp.StartAsync();
        var before = await GraphState.FingerprintAsync(app);

        var response = await app.GraphQL(Role.Editor).SendAsync(mutation);

        response.ErrorCodes.Should().Equal(code);
        (await GraphState.FingerprintAsync(app)).Should().Be(before);
    }

    [Fact]
    public async Task An_oversized_alias_is_invalid_input_and_nothing_is_written()
    {
        await using var app = await TestApp.StartAsync();
        var before = await GraphState.FingerprintAsync(app);

        var response = await app.GraphQL(Role.Editor).SendAsync(
            "mutation($alias: String!) { addAlias(input: { actor: \"qatar\", alias: $alias }) { actor { key } } }",
            new { alias = new string('x', 10_000) });

        response.ErrorCodes.Should().Equal("INVALID_INPUT");
        (await GraphState.FingerprintAsync(app)).Should().Be(before);
    }

    [Fact]
    public async Task A_merged_actor_keeps_resolving_to_the_survivor_and_the_merge_can_be_undone()
    {
        await using var app = await TestApp.StartAsync();
        var admin = app.GraphQL(Role.Admin);
        var before = (await admin.QueryAsync("""{ burns: actor(id: "bill-burns") { degree } cia: actor(id: "cia") { degree aliases } }"""));

        var merged = await admin.QueryAsync("""mutation { mergeActors(input: { survivor: "cia", merged: "bill-burns" }) { mergedKey survivor { key aliases degree } } }""");
        merged.GetProperty("mergeActors").GetProperty("mergedKey").GetString().Should().Be("bill-burns");
        var survivor = merged.GetProperty("mergeActors").GetProperty("survivor");
        survivor.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Contain("Bill Burns");
        var resolved = await admin.QueryAsync("""{ actor(id: "bill-burns") { key } changes(actor: "cia") { operation } }""");
        resolved.GetProperty("actor").GetProperty("key").GetString().Should().Be("cia");
        resolved.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("operation").GetString()).Should().Contain(o => o!.Contains("Merge"));

        var undone = await admin.QueryAsync("""mutation { undoMerge(input: { merged: "bill-burns" }) { actor { key degree } formerSurvivor { key degree aliases } } }""");
        undone.GetProperty("undoMerge").GetProperty("actor").GetProperty("key").GetString().Should().Be("bill-burns");
        undone.GetProperty("undoMerge").GetProperty("actor").GetProperty("degree").GetInt32().Should().Be(before.GetProperty("burns").GetProperty("degree").GetInt32());
        undone.GetProperty("undoMerge").GetProperty("formerSurvivor").GetProperty("degree").GetInt32().Should().Be(before.GetProperty("cia").GetProperty("degree").GetInt32());

        var twice = await admin.SendAsync("""mutation { undoMerge(input: { merged: "bill-burns" }) { actor { key } } }""");
        twice.ErrorCodes.Should().Equal("CONFLICT");
    }
}

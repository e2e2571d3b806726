using System.Text.Json;
using ActorGraph.Server.Auth;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.GraphQL;

public sealed class EvidenceMutationTests
{
    private const string Text = "Oman hosted quiet talks on Tuesday. Oman hosted quiet talks again. Officials said Qatar urged Hamas to accept.";

    private const string AddDocument = """
        mutation($text: String!) { addDocument(input: { key: "test-brief", title: "Test brief", publisher: "Test", publishedOn: "2024-04-02", text: $text, url: "https://example.org/brief" }) {
          document { id key length publishedOn kind } } }
        """;

    private const string AddRelationship = """
        mutation($input: AddRelationshipInput!) { addRelationship(input: $input) {
          relationship { key type reportedOn date modality attribution confidence source { key } target { key } evidence { quote start end document { key } } } } }
        """;

    [Fact]
    public async Task A_relationship_gets_its_quote_offsets_computed_from_the_document_text()
    {
        await using var app = await TestApp.StartAsync();
        var editor = app.GraphQL(Role.Editor);
        (await editor.QueryAsync(AddDocument, new { text = Text })).GetProperty("addDocument").GetProperty("document").GetProperty("length").GetInt32().Should().Be(Text.Length);

        var data = await editor.QueryAsync(AddRelationship, new
        {
            input = new
            {
                type = "PRESSURES",
                source = "qatar",
                target = "Actor:hamas",
                date = "2024-04",
                modality = "REPORTED",
                attribution = "officials",
                confidence = 0.8,
                evidence = new[] { new { document = "test-brief", quote = "Qatar urged Hamas to accept" } },
            },
        });

        var relationship = data.GetProperty("addRelationship").GetProperty("relationship");
        relationship.GetProperty("key").GetString().Should().Be("qatar-pressures-hamas");
        relationship.GetProperty("reportedOn").GetString().Should().Be("2024-04-02");
        relationship.GetProperty("date").GetString().Should().Be("2024-04");
        var evidence = relationship.GetProperty("evidence")[0];
        evidence.GetProperty("start").GetInt32().Should().Be(Text.IndexOf("Qatar urged", StringComparison.Ordinal));
        evidence.GetProperty("end").GetInt32().Should().Be(Text.IndexOf("Qatar urged", StringComparison.Ordinal) + "Qatar urged Hamas to accept".Length);

        var listed = await editor.QueryAsync("""{ relationships(filter: { document: "test-brief" }) { totalCount nodes { key } } }""");
        listed.GetProperty("relationships").GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task A_repeated_quote_needs_its_occurrence_and_gets_the_offsets_of_that_occurrence()
    {
        await using var app = await TestApp.StartAsync();
        var editor = app.GraphQL(Role.Editor);
        await editor.QueryAsync(AddDocument, new { text = Text });
        var evidence = new { document = "test-brief", quote = "Oman hosted quiet talks" };
        await editor.QueryAsync("""mutation { createActor(input: { name: "Oman", kind: STATE, country: "OMN" }) { actor { key } } }""");

        var ambiguous = await editor.SendAsync(AddRelationship, new { input = new { type = "HOSTS", source = "oman", target = "hamas", evidence = new[] { evidence } } });
        var second = await editor.QueryAsync(AddRelationship, new
        {
            input = new { type = "HOSTS", source = "oman", target = "hamas", evidence = new[] { new { evidence.document, evidence.quote, occurrence = 2 } } },
        });

        ambiguous.ErrorCodes.Should().Equal("INVALID_INPUT");
        second.GetProperty("addRelationship").GetProperty("relationship").GetProperty("evidence")[0].GetProperty("start").GetInt32()
            .Should().Be(Text.IndexOf("Oman hosted quiet talks again", StringComparison.Ordinal));
    }

    public static TheoryData<string, object, string> BadRelationships => new()
    {
        { "a quote not in its document", new { type = "PRESSURES", source = "qatar", target = "hamas", evidence = new[] { new { document = "test-brief", quote = "Qatar threatened Hamas" } } }, "INVALID_INPUT" },
        { "an unknown source", new { type = "PRESSURES", source = "atlantis", target = "hamas", evidence = new[] { new { document = "test-brief", quote = "Qatar urged Hamas" } } }, "NOT_FOUND" },
        { "an unknown document", new { type = "PRESSURES", source = "qatar", target = "hamas", evidence = new[] { new { document = "no-such-document", quote = "Qatar urged Hamas" } } }, "NOT_FOUND" },
        { "an unknown type", new { type = "ADORES", source = "qatar", target = "hamas", evidence = new[] { new { document = "test-brief", quote = "Qatar urged Hamas" } } }, "INVALID_INPUT" },
        { "no evidence", new { type = "PRESSURES", source = "qatar", target = "hamas", evidence = Array.Empty<object>() }, "INVALID_INPUT" },
        { "a confidence above one", new { type = "PRESSURES", source = "qatar", target = "hamas", confidence = 1.5, evidence = new[] { new { document = "test-brief", quote = "Qatar urged Hamas" } } }, "INVALID_INPUT" },
        { "a self-relationship", new { type = "PRESSURES", source = "qatar", target = "qatar", evidence = new[] { new { document = "test-brief", quote = "Qatar urged Hamas" } } }, "INVALID_INPUT" },
        { "an unknown event", new { type = "PRESSURES", source = "qatar", target = "hamas", @event = "no-such-event", evidence = new[] { new { document = "test-brief", quote = "Qatar urged Hamas" } } }, "NOT_FOUND" },
        { "an impossible date", new { type = "PRESSURES", source = "qatar", target = "hamas", date = "2024-02-30", evidence = new[] { new { document = "test-brief", quote = "Qatar urged Hamas" } } }, "INVALID_INPUT" },
        { "a period ending before it starts", new { type = "PRESSURES", source = "qatar", target = "hamas", date = "2024-03-20/2024-03-18", evidence = new[] { new { document = "test-brief", quote = "Qatar urged Hamas" } } }, "INVALID_INPUT" },
    };

    [Theory]
    [MemberData(nameof(BadRelationships))]
    public async Task A_bad_relationship_gets_its_error_code_and_writes_nothing(string what, object input, string code)
    {
        await using var app = await TestApp.StartAsync();
        await app.GraphQL(Role.Editor).QueryAsync(AddDocument, new { text = Text });
        var before = await GraphState.FingerprintAsync(app);

        var response = await app.GraphQL(Role.Editor).SendAsync(AddRelationship, new { input });

        response.ErrorCodes.Should().Equal([code], because: what);
        (await GraphState.FingerprintAsync(app)).Should().Be(before, because: what);
    }

    [Fact]
    public async Task A_retracted_relationship_is_hidden_by_default_and_kept_with_its_reason()
    {
        await using var app = await TestApp.StartAsync();
        var editor = app.GraphQL(Role.Editor);
        const string id = "gzero-2023-11-28-us-pushes-longer-truce-r001";
        var before = await editor.QueryAsync("""{ actor(id: "bill-burns") { relationships { totalCount } } }""");

        var retracted = await editor.QueryAsync($$"""mutation { retractRelationship(input: { id: "{{id}}", reason: "Misread the source." }) { relationship { retraction { reason by at } } } }""");
        retracted.GetProperty("retractRelationship").GetProperty("relationship").GetProperty("retraction").GetProperty("by").GetString().Should().Be("test-editor");

        var after = await editor.QueryAsync($$"""
            { actor(id: "bill-burns") { hidden: relationships { totalCount } all: relationships(includeRetracted: true) { nodes { key retraction { reason } } } }
              relationship(id: "{{id}}") { retraction { reason } } }
            """);
        after.GetProperty("actor").GetProperty("hidden").GetProperty("totalCount").GetInt32()
            .Should().Be(before.GetProperty("actor").GetProperty("relationships").GetProperty("totalCount").GetInt32() - 1);
        after.GetProperty("actor").GetProperty("all").GetProperty("nodes").EnumerateArray()
            .Should().Contain(r => r.GetProperty("key").GetString() == id && r.GetProperty("retraction").GetProperty("reason").GetString() == "Misread the source.");

        (await editor.SendAsync($$"""mutation { retractRelationship(input: { id: "{{id}}", reason: "Again." }) { relationship { key } } }""")).ErrorCodes.Should().Equal("CONFLICT");
        (await editor.SendAsync("""mutation { retractRelationship(input: { id: "no-such-claim", reason: "Gone." }) { relationship { key } } }""")).ErrorCodes.Should().Equal("NOT_FOUND");
    }

    [Fact]
    public async Task An_event_is_created_with_its_participants_in_their_roles_and_its_evidence()
    {
        await using var app = await TestApp.StartAsync();
        var editor = app.GraphQL(Role.Editor);
        await editor.QueryAsync(AddDocument, new { text = Text });

        var data = await editor.QueryAsync("""
            mutation { createEvent(input: { name: "Quiet talks", kind: TALKS, date: "2024-04-02", place: "Muscat",
                participants: [{ actor: "qatar", role: MEDIATOR }, { actor: "hamas", role: PARTY }],
                evidence: [{ document: "test-brief", quote: "Oman hosted quiet talks on Tuesday" }] }) {
              event { key date participants { actor { key } role } evidence { start end } } } }
            """);

        var ev = data.GetProperty("createEvent").GetProperty("event");
        ev.GetProperty("key").GetString().Should().Be("quiet-talks-2024-04-02");
        ev.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("role").GetString()).Should().Equal("MEDIATOR", "PARTY");
        ev.GetProperty("evidence")[0].GetProperty("start").GetInt32().Should().Be(0);
        var unknown = await editor.SendAsync("""mutation { createEvent(input: { name: "Nowhere talks", kind: TALKS, participants: [{ actor: "atlantis", role: PARTY }] }) { event { key } } }""");
        unknown.ErrorCodes.Should().Equal("NOT_FOUND");
    }

    [Fact]
    public async Task Importing_a_batch_twice_changes_nothing_the_second_time()
    {
        await using var app = await TestApp.StartAsync();
        var editor = app.GraphQL(Role.Editor);
        var batch = JsonSerializer.Serialize(new
        {
            actors = new[] { new { id = "oman", name = "Oman", kind = "state", country = "OMN" } },
            documents = new[] { new { id = "oman-brief", title = "Oman brief", publishedOn = "2024-04-02", text = "Oman met Hamas envoys." } },
            relationships = new[]
            {
                new { id = "oman-meets-hamas", type = "MEETS", source = "oman", target = "hamas", evidence = new[] { new { document = "oman-brief", quote = "Oman met Hamas envoys", start = 0, end = 21 } } },
            },
        });
        const string import = "mutation($json: String!) { importBatch(input: { json: $json }) { inserted updated unchanged } }";

        var first = (await editor.QueryAsync(import, new { json = batch })).GetProperty("importBatch");
        var second = (await editor.QueryAsync(import, new { json = batch })).GetProperty("importBatch");
        var invalid = await editor.SendAsync(import, new { json = "{\"actors\": [{\"id\": \"Bad Id\"}]}" });

        first.GetProperty("inserted").GetInt32().Should().Be(3);
        second.GetProperty("inserted").GetInt32().Should().Be(0);
        second.GetProperty("updated").GetInt32().Should().Be(0);
        second.GetProperty("unchanged").GetInt32().Should().Be(3);
        invalid.ErrorCodes.Should().Equal("INVALID_INPUT");
    }
}

using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.GraphQL;

public sealed class DocumentAndEventQueryTests
{
    [Fact]
    public async Task Documents_carry_their_text_and_the_evidence_spans_to_highlight_in_text_order()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { documents(first: 10) { totalCount nodes { key title publishedOn length text
                evidenceSpans { start end quote relationship { key } }
                relationships(first: 5) { totalCount } } } }
            """);

        var documents = data.GetProperty("documents");
        documents.GetProperty("totalCount").GetInt32().Should().Be(5);
        documents.GetProperty("nodes").EnumerateArray().Select(d => d.GetProperty("publishedOn").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);
        foreach (var document in documents.GetProperty("nodes").EnumerateArray())
        {
            var text = document.GetProperty("text").GetString()!;
            document.GetProperty("length").GetInt32().Should().Be(text.Length);
            var spans = document.GetProperty("evidenceSpans").EnumerateArray().ToList();
            spans.Should().NotBeEmpty();
            spans.Select(s => s.GetProperty("start").GetInt32()).Should().BeInAscendingOrder();
            foreach (var span in spans)
            {
                text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()].Should().Be(span.GetProperty("quote").GetString());
            }

            document.GetProperty("relationships").GetProperty("totalCount").GetInt32().Should().BePositive();
        }
    }

    [Fact]
    public async Task Events_are_found_by_participant_and_window_with_their_roles_and_relationships()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { events(participants: ["qatar"], window: { from: "2024-03-01", to: "2024-03-31" }) {
                totalCount nodes { id key name kind date period { start end } place participants { actor { key } role } relationships { totalCount } evidence { quote } } }
              event(id: "Event:doha-talks-2024-03") { name participants { actor { key } role } } }
            """);

        var events = data.GetProperty("events").GetProperty("nodes").EnumerateArray().ToList();
        events.Should().NotBeEmpty();
        events.Should().OnlyContain(e => e.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("actor").GetProperty("key").GetString() == "qatar"));
        events.Select(e => e.GetProperty("key").GetString()).Should().Contain("doha-talks-2024-03");
        data.GetProperty("event").GetProperty("participants").EnumerateArray()
            .Should().Contain(p => p.GetProperty("role").GetString() == "MEDIATOR");
    }

    [Fact]
    public async Task Nodes_resolve_global_ids_of_every_type_in_the_order_asked()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { nodes(ids: ["Actor:hamas", "Document:cnn-2024-03-21-israel-hamas-war-live", "Event:doha-talks-2024-03",
                          "Relationship:gzero-2023-11-28-us-pushes-longer-truce-r001", "Actor:atlantis"]) {
                __typename id ... on Actor { name } ... on Document { title } ... on Event { name } ... on Relationship { type } }
              node(id: "Actor:egypt") { id ... on Actor { key } } }
            """);

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        nodes.Take(4).Select(n => n.GetProperty("__typename").GetString()).Should().Equal("Actor", "Document", "Event", "Relationship");
        nodes[0].GetProperty("id").GetString().Should().Be("Actor:hamas");
        nodes[4].ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        data.GetProperty("node").GetProperty("key").GetString().Should().Be("egypt");
    }
}

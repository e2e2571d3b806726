using System.Text.Json;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.GraphQL;

public sealed class RelationshipQueryTests
{
    [Fact]
    public async Task Relationships_filter_by_type_actor_window_modality_confidence_and_document()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { march: relationships(filter: { types: ["MEDIATES"], actors: ["hamas"], direction: IN, window: { from: "2024-03-01", to: "2024-03-31" } }, first: 100) {
                totalCount nodes { type target { key } effectiveDate period { start end precision } } }
              fromCnn: relationships(filter: { document: "cnn-2024-03-21-israel-hamas-war-live", minConfidence: 0.9, modalities: [REPORTED, COMPLETED] }, first: 500) {
                totalCount nodes { confidence modality evidence { document { key } } } }
              between: relationships(filter: { actors: ["united-states"], counterparts: ["qatar"] }, first: 100) { nodes { source { key } target { key } } } }
            """);

        var march = data.GetProperty("march");
        march.GetProperty("totalCount").GetInt32().Should().BePositive();
        foreach (var r in march.GetProperty("nodes").EnumerateArray())
        {
            r.GetProperty("type").GetString().Should().Be("MEDIATES");
            r.GetProperty("target").GetProperty("key").GetString().Should().Be("hamas");
            if (r.GetProperty("period").ValueKind != JsonValueKind.Null)
            {
                string.CompareOrdinal(r.GetProperty("period").GetProperty("end").GetString(), "2024-03-01").Should().BeGreaterThanOrEqualTo(0);
                string.CompareOrdinal(r.GetProperty("period").GetProperty("start").GetString(), "2024-03-31").Should().BeLessThanOrEqualTo(0);
            }
        }

        var fromCnn = data.GetProperty("fromCnn").GetProperty("nodes").EnumerateArray().ToList();
        fromCnn.Should().NotBeEmpty();
        fromCnn.Should().OnlyContain(r => r.GetProperty("confidence").GetDouble() >= 0.9
            && (r.GetProperty("modality").GetString() == "REPORTED" || r.GetProperty("modality").GetString() == "COMPLETED")
            && r.GetProperty("evidence").EnumerateArray().Any(e => e.GetProperty("document").GetProperty("key").GetString() == "cnn-2024-03-21-israel-hamas-war-live"));

        data.GetProperty("between").GetProperty("nodes").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(r =>
            new[] { r.GetProperty("source").GetProperty("key").GetString(), r.GetProperty("target").GetProperty("key").GetString() }
                .OrderBy(k => k).SequenceEqual(new[] { "qatar", "united-states" }));
    }

    [Fact]
    public async Task Relationships_are_ordered_as_asked_and_carry_their_vocabulary_entry_label_and_event()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { byConfidence: relationships(orderBy: { field: CONFIDENCE, direction: DESC }, first: 50) { nodes { confidence } }
              byDate: relationships(first: 50) { nodes { effectiveDate } }
              relationship(id: "gzero-2023-11-28-us-pushes-longer-truce-r001") {
                id key type label typeInfo { code cameoCodes ploverCategory symmetric } evidenceCount retraction { reason }
                event { key name kind participants { actor { key } role } } } }
            """);

        data.GetProperty("byConfidence").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("confidence").GetDouble()).Should().BeInDescendingOrder();
        data.GetProperty("byDate").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("effectiveDate").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);
        var relationship = data.GetProperty("relationship");
        relationship.GetProperty("id").GetString().Should().Be("Relationship:gzero-2023-11-28-us-pushes-longer-truce-r001");
        relationship.GetProperty("label").GetString().Should().Be("Bill Burns visits Qatar");
        relationship.GetProperty("typeInfo").GetProperty("code").GetString().Should().Be("VISITS");
        relationship.GetProperty("evidenceCount").GetInt32().Should().Be(1);
        relationship.GetProperty("retraction").ValueKind.Should().Be(JsonValueKind.Null);
        relationship.GetProperty("event").GetProperty("key").GetString().Should().Be("burns-qatar-visit-2023-11-28");
    }

    [Fact]
    public async Task Evidence_context_surrounds_the_quote_with_text_of_its_document()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { relationship(id: "gzero-2023-11-28-us-pushes-longer-truce-r001") { evidence { quote context(chars: 30) } } }
            """);

        var evidence = data.GetProperty("relationship").GetProperty("evidence")[0];
        var context = evidence.GetProperty("context").GetString()!;
        context.Should().Contain(evidence.GetProperty("quote").GetString()).And.HaveLength(evidence.GetProperty("quote").GetString()!.Length + 60);
    }
}

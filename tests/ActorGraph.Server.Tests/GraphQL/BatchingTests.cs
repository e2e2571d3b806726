using System.Globalization;
using System.Text.Json;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Relationships;
using ActorGraph.Server.Tests.Support;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Server.Tests.GraphQL;

public sealed class BatchingTests
{
    private const string Query = """
        { actors(first: 500) { totalCount nodes {
            key name degree firstSeen lastSeen
            relationships(first: 10) { totalCount nodes {
              key type source { name } target { name } event { name }
              evidence { quote start document { title publishedOn } } } }
            counterparts { actor { key } relationshipCount } } } }
        """;

    [Fact]
    public async Task A_query_over_many_actors_with_relationships_and_evidence_makes_the_same_few_store_calls_for_20_as_for_200()
    {
        var small = await StoreCallsForAsync(20, Query, CheckRelationships);
        var large = await StoreCallsForAsync(200, Query, CheckRelationships);

        large.Total.Should().Be(small.Total, "the calls are batched per level of the query, not made per actor ({0})", string.Join(", ", large.Calls));
        large.Total.Should().BeLessThanOrEqualTo(8);
    }

    [Fact]
    public async Task The_history_of_200_actors_is_read_with_as_few_store_calls_as_that_of_20()
    {
        const string history = "{ actors(first: 500) { totalCount nodes { key history { operation entityId actorIds } } } }";

        var small = await StoreCallsForAsync(20, history, CheckHistory);
        var large = await StoreCallsForAsync(200, history, CheckHistory);

        large.Total.Should().Be(small.Total, "histories are read in one batch, not per actor ({0})", string.Join(", ", large.Calls));
        large.Calls.Should().ContainKey("GetChangesOfActorsAsync").WhoseValue.Should().Be(1);
        large.Total.Should().BeLessThanOrEqualTo(3);
    }

    [Fact]
    public async Task The_evidence_spans_of_200_documents_are_read_with_as_few_store_calls_as_those_of_20()
    {
        const string spans = """
            { documents(first: 500) { nodes { key
                evidenceSpans { start end quote relationship { key source { name } } }
                all: evidenceSpans(includeRetracted: true) { start } } } }
            """;

        var small = await StoreCallsForAsync(20, spans, CheckSpans, documentPerMeeting: true);
        var large = await StoreCallsForAsync(200, spans, CheckSpans, documentPerMeeting: true);

        large.Total.Should().Be(small.Total, "evidence spans are read in one batch per includeRetracted value, not per document ({0})", string.Join(", ", large.Calls));
        large.Calls.Should().ContainKey("GetRelationshipsCitingAsync").WhoseValue.Should().Be(2);
        large.Total.Should().BeLessThanOrEqualTo(5);
    }

    private static void CheckRelationships(JsonElement data, int actors)
    {
        data.GetProperty("actors").GetProperty("totalCount").GetInt32().Should().Be(actors);
        data.GetProperty("actors").GetProperty("nodes").EnumerateArray().Should().OnlyContain(a =>
            a.GetProperty("relationships").GetProperty("totalCount").GetInt32() == 2
            && a.GetProperty("relationships").GetProperty("nodes").EnumerateArray().All(r => r.GetProperty("evidence").GetArrayLength() == 1));
    }

    /// <summary>Each actor was inserted, and so were the two meetings it takes part in: three changes each.</summary>
    private static void CheckHistory(JsonElement data, int actors)
    {
        data.GetProperty("actors").GetProperty("totalCount").GetInt32().Should().Be(actors);
        data.GetProperty("actors").GetProperty("nodes").EnumerateArray().Should().OnlyContain(a =>
            a.GetProperty("history").GetArrayLength() == 3
            && a.GetProperty("history").EnumerateArray().Any(c => c.GetProperty("entityId").GetString() == a.GetProperty("key").GetString()));
    }

    private static void CheckSpans(JsonElement data, int actors)
    {
        var documents = data.GetProperty("documents").GetProperty("nodes").EnumerateArray().ToList();
        documents.Should().HaveCount(actors);
        documents.Should().OnlyContain(d =>
            d.GetProperty("evidenceSpans").GetArrayLength() == 1
            && d.GetProperty("evidenceSpans")[0].GetProperty("relationship").GetProperty("key").GetString() == d.GetProperty("key").GetString()!.Replace("ring-", "meeting-", StringComparison.Ordinal)
            && d.GetProperty("all").GetArrayLength() == 1);
    }

    private static async Task<(int Total, IReadOnlyDictionary<string, int> Calls)> StoreCallsForAsync(
        int actors, string query, Action<JsonElement, int> check, bool documentPerMeeting = false)
    {
        await using var app = await TestApp.StartAsync(seed: false, prepare: database => FillAsync(database, actors, documentPerMeeting));
        var client = app.GraphQL();
        app.Store.Reset();

        var data = await client.QueryAsync(query);

        check(data, actors);
        return (app.Store.Total, app.Store.Calls);
    }

    /// <summary>
    /// A ring of actors, each meeting the next, every meeting quoted from one document, or each from a document of its
    /// own (<c>ring-NNN</c> quotes <c>meeting-NNN</c>).
    /// </summary>
    private static async Task FillAsync(string database, int count, bool documentPerMeeting)
    {
        var names = Enumerable.Range(0, count).Select(i => $"Actor {i:D3}").ToList();
        var quotes = Enumerable.Range(0, count).Select(i => $"{names[i]} met {names[(i + 1) % count]}.").ToList();
        var published = new DateOnly(2024, 3, 1);
        List<Document> documents = documentPerMeeting
            ? [.. quotes.Select((quote, i) => new Document { Id = $"ring-{i:D3}", Title = $"Ring {i:D3}", PublishedOn = published, Text = quote })]
            : [new Document { Id = "ring", Title = "Ring", PublishedOn = published, Text = string.Join(" ", quotes) }];
        var batch = new GraphBatch
        {
            Documents = documents,
            Actors = [.. names.Select((name, i) => new Actor { Id = $"actor-{i:D3}", Name = name, Kind = ActorKind.Person })],
            Relationships = [.. Enumerable.Range(0, count).Select(i =>
            {
                var document = documentPerMeeting ? documents[i] : documents[0];
                var start = document.Text.IndexOf(quotes[i], StringComparison.Ordinal);
                return new Relationship
                {
                    Id = $"meeting-{i:D3}",
                    Type = "MEETS",
                    SourceId = $"actor-{i:D3}",
                    TargetId = $"actor-{(i + 1) % count:D3}",
                    Date = Domain.Time.FuzzyDate.Day(new DateOnly(2024, 1, 1).AddDays(i)),
                    ReportedOn = published,
                    Evidence = [new Evidence(document.Id, quotes[i], start, start + quotes[i].Length)],
                };
            })],
        };
        var store = SqliteGraphStore.ForFile(database);
        await store.InitializeAsync();
        await store.ImportAsync(batch, new ChangeContext("test", DateTimeOffset.Parse("2024-03-01T00:00:00Z", CultureInfo.InvariantCulture)));
    }
}

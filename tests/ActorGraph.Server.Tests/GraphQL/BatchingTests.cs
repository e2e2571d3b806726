using System.Globalization;
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
        var small = await StoreCallsForAsync(20);
        var large = await StoreCallsForAsync(200);

        large.Total.Should().Be(small.Total, "the calls are batched per level of the query, not made per actor ({0})", string.Join(", ", large.Calls));
        large.Total.Should().BeLessThanOrEqualTo(8);
    }

    private static async Task<(int Total, IReadOnlyDictionary<string, int> Calls)> StoreCallsForAsync(int actors)
    {
        await using var app = await TestApp.StartAsync(seed: false, prepare: database => FillAsync(database, actors));
        var client = app.GraphQL();
        app.Store.Reset();

        var data = await client.QueryAsync(Query);

        data.GetProperty("actors").GetProperty("totalCount").GetInt32().Should().Be(actors);
        data.GetProperty("actors").GetProperty("nodes").EnumerateArray().Should().OnlyContain(a =>
            a.GetProperty("relationships").GetProperty("totalCount").GetInt32() == 2
            && a.GetProperty("relationships").GetProperty("nodes").EnumerateArray().All(r => r.GetProperty("evidence").GetArrayLength() == 1));
        return (app.Store.Total, app.Store.Calls);
    }

    /// <summary>A ring of actors, each meeting the next, every meeting quoted from one document.</summary>
    private static async Task FillAsync(string database, int count)
    {
        var names = Enumerable.Range(0, count).Select(i => $"Actor {i:D3}").ToList();
        var text = string.Join(" ", Enumerable.Range(0, count).Select(i => $"{names[i]} met {names[(i + 1) % count]}."));
        var document = new Document { Id = "ring", Title = "Ring", PublishedOn = new DateOnly(2024, 3, 1), Text = text };
        var batch = new GraphBatch
        {
            Documents = [document],
            Actors = [.. names.Select((name, i) => new Actor { Id = $"actor-{i:D3}", Name = name, Kind = ActorKind.Person })],
            Relationships = [.. Enumerable.Range(0, count).Select(i =>
            {
                var quote = $"{names[i]} met {names[(i + 1) % count]}.";
                var start = text.IndexOf(quote, StringComparison.Ordinal);
                return new Relationship
                {
                    Id = $"meeting-{i:D3}",
                    Type = "MEETS",
                    SourceId = $"actor-{i:D3}",
                    TargetId = $"actor-{(i + 1) % count:D3}",
                    Date = Domain.Time.FuzzyDate.Day(new DateOnly(2024, 1, 1).AddDays(i)),
                    ReportedOn = document.PublishedOn,
                    Evidence = [new Evidence("ring", quote, start, start + quote.Length)],
                };
            })],
        };
        var store = SqliteGraphStore.ForFile(database);
        await store.InitializeAsync();
        await store.ImportAsync(batch, new ChangeContext("test", DateTimeOffset.Parse("2024-03-01T00:00:00Z", CultureInfo.InvariantCulture)));
    }
}

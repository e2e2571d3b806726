using System.Diagnostics;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.TestSupport;
using Xunit.Abstractions;

namespace ActorGraph.Storage.Sqlite.Tests.Durability;

/// <summary>Many writers at once, each through its own store object on one file: nothing lost, nothing twice.</summary>
public sealed class ConcurrentWriterTests(ITestOutputHelper output) : IDisposable
{
    private const int Writers = 16;
    private const int PerWriter = 1_000;
    private const int Chunk = 100;

    private static readonly Document Source = new() { Id = "doc", Title = "Source", PublishedOn = new DateOnly(2024, 1, 1), Text = "A met B." };

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Sixteen_writers_adding_a_thousand_relationships_each_lose_and_duplicate_nothing()
    {
        var path = _directory.File("concurrent.db");
        var setup = SqliteGraphStore.ForFile(path);
        await setup.ImportAsync(new GraphBatch { Documents = [Source], Actors = [.. Enumerable.Range(0, Writers).Select(Actor)] }, Context(0));
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(() => WriteAsync(path, writer))));

        clock.Stop();
        output.WriteLine($"{Writers} writers x {PerWriter} relationships in chunks of {Chunk}: {clock.Elapsed.TotalSeconds:F2} s");
        var store = SqliteGraphStore.ForFile(path);
        var expectedIds = Enumerable.Range(0, Writers).SelectMany(w => Enumerable.Range(0, PerWriter).Select(i => Id(w, i))).ToList();
        var stored = await store.GetRelationshipsAsync(expectedIds);
        var stats = await store.GetStatsAsync();
        var page = await store.FindRelationshipsAsync(new RelationshipQuery { Page = new PageRequest(1) });
        var edges = await store.GetEdgesAsync([.. Enumerable.Range(0, Writers).Select(w => Actor(w).Id)], EdgeFilter.All);
        var inserts = await store.GetChangesAsync(null, null, 100_000);

        stored.Should().HaveCount(Writers * PerWriter);
        stats.Relationships.Should().Be(Writers * PerWriter);
        stats.Evidence.Should().Be(Writers * PerWriter);
        page.TotalCount.Should().Be(Writers * PerWriter);
        edges.Select(e => e.RelationshipId).Should().OnlyHaveUniqueItems().And.HaveCount(Writers * PerWriter);
        inserts.Count(c => c.EntityKind == "Relationship").Should().Be(Writers * PerWriter);
    }

    /// <summary>Even writers import, odd writers apply changes; each commits a chunk per call.</summary>
    private static async Task WriteAsync(string path, int writer)
    {
        var store = SqliteGraphStore.ForFile(path);
        for (var start = 0; start < PerWriter; start += Chunk)
        {
            var relationships = Enumerable.Range(start, Chunk).Select(i => Relationship(writer, i)).ToList();
            if (writer % 2 == 0)
            {
                await store.ImportAsync(new GraphBatch { Relationships = relationships }, Context(writer));
            }
            else
            {
                await store.ApplyAsync([.. relationships.Select(r => new UpsertRelationship(r))], Context(writer));
            }
        }
    }

    private static ChangeContext Context(int writer) => new($"writer-{writer}", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(writer));

    private static Actor Actor(int i) => new() { Id = $"actor-{i:00}", Name = $"Actor {i}", Kind = ActorKind.State };

    private static string Id(int writer, int i) => $"w{writer:00}-{i:0000}";

    private static Relationship Relationship(int writer, int i) => new()
    {
        Id = Id(writer, i),
        Type = "MEETS",
        SourceId = Actor(writer).Id,
        TargetId = Actor((writer + 1 + (i % (Writers - 1))) % Writers).Id,
        ReportedOn = Source.PublishedOn,
        Evidence = [new Evidence(Source.Id, "A met B", 0, 7)],
    };
}

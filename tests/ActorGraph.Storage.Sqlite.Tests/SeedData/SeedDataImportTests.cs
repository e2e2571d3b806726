using System.Diagnostics;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Import;
using ActorGraph.Domain.Ports;
using ActorGraph.TestSupport;
using Xunit.Abstractions;

namespace ActorGraph.Storage.Sqlite.Tests.SeedData;

public sealed class SeedDataImportTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_seed_data_imports_once_reimports_unchanged_and_finds_Qatar()
    {
        var batch = SeedDataLoader.LoadDirectory(RepositoryPaths.SeedData);
        var store = SqliteGraphStore.ForFile(_directory.File("seed.db"));
        await store.InitializeAsync();
        var clock = Stopwatch.StartNew();

        var first = await store.ImportAsync(batch, ChangeContext.System());

        clock.Stop();
        var second = await store.ImportAsync(batch, ChangeContext.System());
        var stats = await store.GetStatsAsync();
        var qatar = await store.FindActorsAsync(new ActorQuery { Search = "Qatar" });
        output.WriteLine($"seed data: {first.Total} records ({batch.Relationships.Count} relationships) imported in {clock.Elapsed.TotalMilliseconds:F0} ms");

        first.Should().Be(new ImportResult(first.Total, 0, 0));
        second.Should().Be(new ImportResult(0, 0, first.Total));
        stats.Actors.Should().Be(batch.Actors.Count);
        stats.Relationships.Should().Be(batch.Relationships.Count);
        stats.Documents.Should().Be(batch.Documents.Count);
        (await store.GetChangesAsync(null, null, 100_000)).Should().HaveCount(first.Total);
        qatar.Items.Should().Contain(a => a.Name == "Qatar" && a.Kind == ActorKind.State);
    }
}

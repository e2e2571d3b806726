using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Tests.Database;
using ActorGraph.Storage.Sqlite.Writes;
using ActorGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Tests.Writes;

/// <summary>
/// A large first load into a store with no actors writes straight into the database file instead of through the WAL
/// (<see cref="Database.DirectLoad"/>), and puts the file back in WAL mode after; with the file open elsewhere, or
/// actors stored, it goes through the WAL as every other write does. (A load killed half-way: CrashRecoveryTests.)
/// </summary>
public sealed class DirectLoadTests : IDisposable
{
    private const int Actors = 100;
    private const string Text = "The envoys met in Doha.";

    private static readonly Document Source = new() { Id = "doc", Title = "Source", PublishedOn = new DateOnly(2024, 1, 1), Text = Text };

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_first_large_load_writes_into_the_file_and_leaves_it_in_WAL_mode_with_every_index_as_defined()
    {
        var store = await EmptyStoreAsync("direct.db");
        var indexesBefore = StoreFile.Query(store.FilePath, IndexDefinitions);

        var result = await store.ImportAsync(Load(), Context);

        result.Inserted.Should().Be(1 + Actors + Count);
        WalBytes(store.FilePath).Should().Be(0, "no page went through the WAL");
        File.Exists(store.FilePath + "-journal").Should().BeFalse();
        StoreFile.Scalar(store.FilePath, "PRAGMA journal_mode;").Should().Be("wal");
        StoreFile.Scalar(store.FilePath, "PRAGMA integrity_check;").Should().Be("ok");
        StoreFile.Query(store.FilePath, IndexDefinitions).Should().Equal(indexesBefore);
        var stats = await store.GetStatsAsync();
        (stats.Actors, stats.Relationships, stats.Evidence).Should().Be((Actors, Count, Count));
        (await store.GetChangesAsync(null, ActorId(3), 100_000)).Should().HaveCount(1 + Enumerable.Range(0, Count).Count(i => Involves(i, 3)));
    }

    [Fact]
    public async Task Writes_after_a_direct_load_go_through_the_WAL_again()
    {
        var store = await EmptyStoreAsync("after.db");
        await store.ImportAsync(Load(), Context);

        await store.ImportAsync(new GraphBatch { Relationships = [Relationship(Count)] }, Context);

        WalBytes(store.FilePath).Should().BePositive();
        (await store.GetStatsAsync()).Relationships.Should().Be(Count + 1);
    }

    [Fact]
    public async Task A_large_load_into_a_file_open_elsewhere_goes_through_the_WAL()
    {
        var store = await EmptyStoreAsync("shared.db");
        using var elsewhere = new SqliteConnection($"Data Source={store.FilePath};Pooling=False");
        elsewhere.Open();
        using (var read = elsewhere.CreateCommand())
        {
            // A connection holds the file (its WAL index) once it has read, and keeps it between transactions.
            read.CommandText = "SELECT count(*) FROM actors;";
            read.ExecuteScalar();
        }

        await store.ImportAsync(Load(), Context);

        WalBytes(store.FilePath).Should().BePositive();
        (await store.GetStatsAsync()).Relationships.Should().Be(Count);
    }

    [Fact]
    public async Task A_large_load_into_a_store_with_actors_goes_through_the_WAL()
    {
        var store = await EmptyStoreAsync("seeded.db");
        await store.ImportAsync(new GraphBatch { Actors = [new Actor { Id = "first", Name = "First", Kind = ActorKind.State }] }, Context);
        await store.WhenCheckpointed;
        var walBefore = WalBytes(store.FilePath);

        await store.ImportAsync(Load(), Context);

        WalBytes(store.FilePath).Should().BeGreaterThan(walBefore);
    }

    [Fact]
    public async Task A_direct_load_that_fails_half_way_writes_nothing_and_leaves_the_file_in_WAL_mode()
    {
        var store = await EmptyStoreAsync("failed.db");
        var load = Load();
        var relationships = load.Relationships.ToList();
        relationships[Count / 2] = relationships[Count / 2] with { SourceId = "nobody" };

        var import = () => store.ImportAsync(load with { Relationships = relationships }, Context);

        (await import.Should().ThrowAsync<NotFoundException>()).Which.Message.Should().Contain("'nobody'");
        StoreFile.Scalar(store.FilePath, "PRAGMA journal_mode;").Should().Be("wal");
        File.Exists(store.FilePath + "-journal").Should().BeFalse();
        var stats = await store.GetStatsAsync();
        (stats.Actors, stats.Relationships, stats.Documents).Should().Be((0, 0, 0));
        await store.ImportAsync(Load(), Context);
        (await store.GetStatsAsync()).Relationships.Should().Be(Count);
    }

    [Fact]
    public async Task Readers_during_a_direct_load_see_the_store_empty_or_loaded_never_in_between()
    {
        var store = await EmptyStoreAsync("readers.db");

        var load = Task.Run(() => store.ImportAsync(Load(), Context));
        while (!File.Exists(store.FilePath + "-journal") && !load.IsCompleted)
        {
            await Task.Delay(1);
        }

        var seen = new List<int>();
        while (!load.IsCompleted)
        {
            seen.Add((await store.GetStatsAsync()).Relationships);
        }

        await load;
        seen.Add((await store.GetStatsAsync()).Relationships);
        seen.Should().OnlyContain(count => count == 0 || count == Count).And.EndWith(Count);
        WalBytes(store.FilePath).Should().Be(0, "the load went into the file directly");
    }

    private const string IndexDefinitions = "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name;";

    /// <summary>Enough records, with the document and actors, for the importer to treat the batch as large.</summary>
    private static int Count => checked((int)BatchImporter.BackgroundCheckpointRecords);

    private static ChangeContext Context => new("loader", new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero));

    private async Task<SqliteGraphStore> EmptyStoreAsync(string name)
    {
        var store = SqliteGraphStore.ForFile(_directory.File(name));
        await store.InitializeAsync();
        return store;
    }

    private static GraphBatch Load() => new()
    {
        Documents = [Source],
        Actors = [.. Enumerable.Range(0, Actors).Select(i => new Actor { Id = ActorId(i), Name = $"Actor {i}", Kind = ActorKind.State })],
        Relationships = [.. Enumerable.Range(0, Count).Select(Relationship)],
    };

    private static string ActorId(int i) => $"actor-{i:000}";

    private static bool Involves(int relationship, int actor) => relationship % Actors == actor || (relationship + 1) % Actors == actor;

    private static Relationship Relationship(int i) => new()
    {
        Id = $"rel-{i:000000}",
        Type = "MEETS",
        SourceId = ActorId(i % Actors),
        TargetId = ActorId((i + 1) % Actors),
        ReportedOn = new DateOnly(2024, 12, 31),
        Evidence = [new Evidence(Source.Id, Text, 0, Text.Length)],
    };

    private static long WalBytes(string path) => new FileInfo(path + "-wal") is { Exists: true } wal ? wal.Length : 0;
}

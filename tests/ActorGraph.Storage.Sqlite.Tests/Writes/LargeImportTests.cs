using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Tests.Database;
using ActorGraph.Storage.Sqlite.Writes;
using ActorGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Tests.Writes;

/// <summary>
/// A batch large next to the store builds the relationship and evidence indexes once after its rows instead of
/// updating them row by row (<see cref="DeferredIndexes"/>): the indexes must come back exactly as defined, and a batch
/// that fails half-way must leave store and indexes as they were.
/// </summary>
public sealed class LargeImportTests : IDisposable
{
    private const int Actors = 200;
    private const string Text = "The envoys met in Doha.";

    private static readonly int Count = checked((int)DeferredIndexes.MinimumRows);
    private static readonly Document Source = new() { Id = "doc", Title = "Source", PublishedOn = new DateOnly(2024, 1, 1), Text = Text };

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_large_batch_leaves_every_index_as_defined_and_every_row_reachable_through_it()
    {
        var store = await SeededStoreAsync();
        var indexesBefore = Indexes(store.FilePath);

        var result = await store.ImportAsync(new GraphBatch { Relationships = [.. Enumerable.Range(0, Count).Select(Relationship)] }, Context);

        result.Inserted.Should().Be(Count);
        Indexes(store.FilePath).Should().Equal(indexesBefore);
        StoreFile.Scalar(store.FilePath, "PRAGMA integrity_check;").Should().Be("ok");
        var edges = await store.GetEdgesAsync([ActorId(7)], EdgeFilter.All);
        edges.Should().HaveCount(Enumerable.Range(0, Count).Count(i => Ends(i).Source == 7 || Ends(i).Target == 7));
        var cited = await store.FindRelationshipsAsync(new RelationshipQuery { Filter = EdgeFilter.All with { DocumentId = Source.Id }, Page = new PageRequest(1) });
        cited.TotalCount.Should().Be(Count);
        var changes = await store.GetChangesAsync(null, ActorId(7), 100_000);
        changes.Count(c => c.EntityKind == "Relationship").Should().Be(edges.Count);
    }

    [Fact]
    public async Task A_large_batch_that_fails_half_way_writes_nothing_and_keeps_the_indexes()
    {
        var store = await SeededStoreAsync();
        var indexesBefore = Indexes(store.FilePath);
        var relationships = Enumerable.Range(0, Count).Select(Relationship).ToList();
        relationships[Count / 2] = relationships[Count / 2] with { TargetId = "nobody" };

        var import = () => store.ImportAsync(new GraphBatch { Relationships = relationships }, Context);

        (await import.Should().ThrowAsync<NotFoundException>()).Which.Message.Should().Contain("'nobody'");
        Indexes(store.FilePath).Should().Equal(indexesBefore);
        (await store.GetStatsAsync()).Relationships.Should().Be(0);
        StoreFile.Scalar(store.FilePath, "SELECT count(*) FROM evidence;").Should().Be("0");
    }

    [Fact]
    public async Task An_import_skips_foreign_key_checks_only_for_its_own_transaction()
    {
        var database = new SqliteDatabase(new SqliteStoreOptions { Path = _directory.File("pragma.db") });

        var during = await database.WriteAsync(session => session.Scalar<long>("PRAGMA foreign_keys;"), CancellationToken.None, enforceForeignKeys: false);
        var after = await database.WriteAsync(session => session.Scalar<long>("PRAGMA foreign_keys;"), CancellationToken.None);

        during.Should().Be(0);
        after.Should().Be(1);
    }

    [Fact]
    public async Task A_large_batch_returns_once_committed_and_its_pages_reach_the_database_file_in_the_background()
    {
        var store = await SeededStoreAsync();

        await store.ImportAsync(new GraphBatch { Relationships = [.. Enumerable.Range(0, Count).Select(Relationship)] }, Context);
        await store.WhenCheckpointed;

        // A checkpoint now finds every frame of the WAL copied already.
        using var connection = new SqliteConnection($"Data Source={store.FilePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();
        var (frames, copied) = (reader.GetInt64(1), reader.GetInt64(2));
        frames.Should().BeGreaterThan(0);
        copied.Should().Be(frames);
        (await store.GetStatsAsync()).Relationships.Should().Be(Count);
    }

    [Fact]
    public async Task A_transaction_that_defers_its_checkpoint_leaves_later_commits_checkpointing_as_usual()
    {
        var database = new SqliteDatabase(new SqliteStoreOptions { Path = _directory.File("checkpoint.db") });

        var during = await database.WriteAsync(
            session =>
            {
                session.DeferCheckpoint();
                return session.Scalar<long>("PRAGMA wal_autocheckpoint;");
            },
            CancellationToken.None);
        var after = await database.WriteAsync(session => session.Scalar<long>("PRAGMA wal_autocheckpoint;"), CancellationToken.None);
        await database.WhenCheckpointed;

        during.Should().Be(0);
        after.Should().Be(SqlSession.AutomaticCheckpointPages);
    }

    private static ChangeContext Context => new("importer", new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero));

    private async Task<SqliteGraphStore> SeededStoreAsync()
    {
        var store = SqliteGraphStore.ForFile(_directory.File("large.db"));
        await store.ImportAsync(
            new GraphBatch
            {
                Documents = [Source],
                Actors = [.. Enumerable.Range(0, Actors).Select(i => new Actor { Id = ActorId(i), Name = $"Actor {i}", Kind = ActorKind.State })],
            },
            Context);
        return store;
    }

    private static string ActorId(int i) => $"actor-{i:000}";

    private static (int Source, int Target) Ends(int i) => (i % Actors, (i * 7 + 1) % Actors == i % Actors ? (i + 1) % Actors : (i * 7 + 1) % Actors);

    private static Relationship Relationship(int i) => new()
    {
        Id = $"rel-{i:000000}",
        Type = "MEETS",
        SourceId = ActorId(Ends(i).Source),
        TargetId = ActorId(Ends(i).Target),
        Date = FuzzyDate.Day(new DateOnly(2024, 1, 1).AddDays(i % 300)),
        ReportedOn = new DateOnly(2024, 12, 31),
        Confidence = 0.9,
        Evidence = [new Evidence(Source.Id, Text, 0, Text.Length)],
    };

    private static List<string> Indexes(string path) => StoreFile.Query(path, "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name;");
}

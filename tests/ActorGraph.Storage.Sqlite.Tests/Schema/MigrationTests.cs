using ActorGraph.Domain.Errors;
using ActorGraph.Storage.Contract;
using ActorGraph.Storage.Sqlite.Schema;
using ActorGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Tests.Schema;

public sealed class MigrationTests : IDisposable
{
    private static readonly Migration Extra = new(2, "extra", "CREATE TABLE extra_notes (id INTEGER PRIMARY KEY, note TEXT NOT NULL);");

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_fresh_file_and_its_folder_are_created_in_wal_mode_at_the_latest_version()
    {
        var path = _directory.File(Path.Combine("nested", "folder", "graph.db"));
        var store = SqliteGraphStore.ForFile(path);

        await store.InitializeAsync();

        File.Exists(path).Should().BeTrue();
        Query(path, "PRAGMA journal_mode;").Should().Equal("wal");
        Query(path, "SELECT version || ':' || name FROM schema_version ORDER BY version;")
            .Should().Equal(EmbeddedMigrations.All.Select(m => $"{m.Version}:{m.Name}"));
        SqliteGraphStore.SchemaVersion.Should().Be(EmbeddedMigrations.All.Count).And.BeGreaterThan(0);
    }

    [Fact]
    public async Task The_first_call_initialises_the_store()
    {
        var store = SqliteGraphStore.ForFile(_directory.File("lazy.db"));

        var stats = await store.GetStatsAsync();

        stats.Actors.Should().Be(0);
        Query(store.FilePath, "SELECT MAX(version) FROM schema_version;").Should().Equal(SqliteGraphStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Reopening_an_existing_file_keeps_its_data_and_applies_nothing_again()
    {
        var path = _directory.File("graph.db");
        var first = SqliteGraphStore.ForFile(path);
        await first.ImportAsync(SampleGraph.Build(), ChangeContextForTests);
        var applied = Query(path, "SELECT version || ' ' || applied_at FROM schema_version;");

        var second = SqliteGraphStore.ForFile(path);
        await second.InitializeAsync();

        (await second.GetStatsAsync()).Relationships.Should().Be(SampleGraph.Build().Relationships.Count);
        Query(path, "SELECT version || ' ' || applied_at FROM schema_version;").Should().Equal(applied);
    }

    [Fact]
    public async Task Reopening_with_a_newer_build_applies_only_the_pending_migrations()
    {
        var path = _directory.File("graph.db");
        var old = new SqliteGraphStore(new SqliteStoreOptions { Path = path }, [EmbeddedMigrations.All[0]]);
        await old.ImportAsync(SampleGraph.Build(), ChangeContextForTests);

        var newer = new SqliteGraphStore(new SqliteStoreOptions { Path = path }, [EmbeddedMigrations.All[0], Extra]);
        await newer.InitializeAsync();

        Query(path, "SELECT version FROM schema_version ORDER BY version;").Should().Equal("1", "2");
        Query(path, "SELECT COUNT(*) FROM extra_notes;").Should().Equal("0");
        (await newer.GetStatsAsync()).Actors.Should().Be(SampleGraph.Build().Actors.Count);
    }

    [Fact]
    public async Task Upgrading_a_version_2_file_keeps_every_piece_of_evidence_now_stored_in_the_order_of_its_owner()
    {
        var path = _directory.File("graph.db");
        var graph = SampleGraph.Build();
        var ids = graph.Relationships.Select(r => r.Id).ToList();
        var old = new SqliteGraphStore(new SqliteStoreOptions { Path = path }, [.. EmbeddedMigrations.All.Take(2)]);
        await old.ImportAsync(graph, ChangeContextForTests);
        var rowsBefore = Query(path, "SELECT owner_kind || '/' || owner_id || '/' || position || '/' || document_id || '/' || start_offset || '/' || quote FROM evidence ORDER BY 1;");
        var before = await old.GetRelationshipsAsync(ids);

        var upgraded = SqliteGraphStore.ForFile(path);
        var after = await upgraded.GetRelationshipsAsync(ids);

        after.Should().BeEquivalentTo(before);
        rowsBefore.Should().NotBeEmpty();
        Query(path, "SELECT owner_kind || '/' || owner_id || '/' || position || '/' || document_id || '/' || start_offset || '/' || quote FROM evidence ORDER BY 1;").Should().Equal(rowsBefore);
        Query(path, "SELECT sql FROM sqlite_master WHERE name = 'evidence';").Single().Should().EndWith("WITHOUT ROWID");
        Query(path, "SELECT name FROM sqlite_master WHERE tbl_name = 'evidence' AND type = 'index' ORDER BY name;").Should().Equal("evidence_by_document");
    }

    [Fact]
    public async Task A_file_of_a_newer_schema_than_the_build_knows_is_refused()
    {
        var path = _directory.File("graph.db");
        await new SqliteGraphStore(new SqliteStoreOptions { Path = path }, [EmbeddedMigrations.All[0], Extra]).InitializeAsync();

        var older = () => new SqliteGraphStore(new SqliteStoreOptions { Path = path }, [EmbeddedMigrations.All[0]]).InitializeAsync();

        (await older.Should().ThrowAsync<StoreUnavailableException>()).Which.Message.Should().Contain("schema version 2");
    }

    [Fact]
    public async Task Stores_starting_together_on_one_new_file_migrate_it_once()
    {
        var path = _directory.File("graph.db");

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => SqliteGraphStore.ForFile(path).InitializeAsync())));

        Query(path, "SELECT COUNT(*) FROM schema_version;").Should().Equal(SqliteGraphStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_reported_as_unavailable()
    {
        var path = _directory.File("not-a-database.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));

        var open = () => SqliteGraphStore.ForFile(path).InitializeAsync();

        await open.Should().ThrowAsync<StoreUnavailableException>();
    }

    private static Domain.Changes.ChangeContext ChangeContextForTests { get; } = new("migration-test", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static List<string> Query(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}

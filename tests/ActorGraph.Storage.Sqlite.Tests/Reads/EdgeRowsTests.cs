using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Contract;
using ActorGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Tests.Reads;

/// <summary>Edges read in place from SQLite rows, through the covering edge indexes alone.</summary>
public sealed class EdgeRowsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("2024-03-18")]
    [InlineData("2024-03")]
    [InlineData("2024")]
    [InlineData("2024-03-01/2024-04-15")]
    [InlineData(null)]
    public async Task An_edge_carries_its_relationship_s_date_of_every_precision(string? date)
    {
        var store = SqliteGraphStore.ForFile(_directory.File("dates.db"));
        var batch = new GraphBuilder().Actor("qatar", "Qatar").Actor("hamas", "Hamas").Relationship("r1", "MEDIATES", "qatar", "hamas", date).Build();
        await store.ImportAsync(batch, new ChangeContext("tester", DateTimeOffset.UnixEpoch, "request-1"));

        var edges = await store.GetEdgesAsync(["hamas"], EdgeFilter.All);

        edges.Should().ContainSingle().Which.Date.Should().Be(batch.Relationships[0].Date);
        edges[0].ReportedOn.Should().Be(batch.Relationships[0].ReportedOn);
    }

    [Theory]
    [InlineData("source_id", "relationships_by_source_covering")]
    [InlineData("target_id", "relationships_by_target_covering")]
    public async Task Reading_the_edges_of_an_actor_never_visits_the_table(string end, string index)
    {
        var path = _directory.File("plan.db");
        await SqliteGraphStore.ForFile(path).InitializeAsync();
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN SELECT {ActorGraph.Storage.Sqlite.Reads.EdgeRows.Select} FROM relationships r WHERE r.{end} = 'qatar' AND r.type = 'MEETS' AND r.retraction_reason IS NULL;";
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        plan.Should().ContainSingle().Which.Should().StartWith($"SEARCH r USING COVERING INDEX {index} (");
    }

    [Fact]
    public async Task A_stored_modality_this_version_does_not_know_is_named_in_the_error()
    {
        var path = _directory.File("edges.db");
        var store = SqliteGraphStore.ForFile(path);
        var batch = new GraphBuilder().Actor("qatar", "Qatar").Actor("hamas", "Hamas").Relationship("r1", "MEDIATES", "qatar", "hamas", "2024-03-18").Build();
        await store.ImportAsync(batch, new ChangeContext("tester", DateTimeOffset.UnixEpoch, "request-1"));
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE relationships SET modality = 'rumoured' WHERE id = 'r1';";
            update.ExecuteNonQuery();
        }

        var read = () => store.GetEdgesAsync(["qatar"], EdgeFilter.All);

        (await read.Should().ThrowAsync<InvalidOperationException>()).WithMessage("Relationship 'r1' stores a modality this version does not know.");
    }
}

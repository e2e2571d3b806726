using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Contract;
using ActorGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Tests.Reads;

/// <summary>Edges read in place from SQLite rows.</summary>
public sealed class EdgeRowsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

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

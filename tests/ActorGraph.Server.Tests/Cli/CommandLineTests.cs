using System.Xml.Linq;
using ActorGraph.Domain.Import;
using ActorGraph.Server.Cli;
using ActorGraph.Storage.Sqlite;
using ActorGraph.TestSupport;

namespace ActorGraph.Server.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Import_is_idempotent_and_export_writes_every_format_of_what_was_imported()
    {
        using var folder = new TemporaryDirectory();
        var database = $"--Sqlite:Path={folder.File("cli.db")}";

        (await ServerCommandLine.RunAsync(["import", RepositoryPaths.SeedData, database])).Should().Be(0);
        var store = SqliteGraphStore.ForFile(folder.File("cli.db"));
        await store.InitializeAsync();
        var afterFirst = await store.GetStatsAsync();
        var changesAfterFirst = (await store.GetChangesAsync(null, null, 100_000)).Count;
        (await ServerCommandLine.RunAsync(["import", RepositoryPaths.SeedData, database])).Should().Be(0);
        (await store.GetChangesAsync(null, null, 100_000)).Should().HaveCount(changesAfterFirst, "the second import finds everything stored as given");
        (await store.GetStatsAsync()).Should().BeEquivalentTo(afterFirst);

        (await ServerCommandLine.RunAsync(["export", "--format", "graphml", "--output", folder.File("all.graphml"), database])).Should().Be(0);
        (await ServerCommandLine.RunAsync(["export", "--format", "gexf", "--ids", "qatar", "--depth", "2", "--output", folder.File("qatar.gexf"), database])).Should().Be(0);
        (await ServerCommandLine.RunAsync(["export", "--format", "json", "--output", folder.File("all.json"), database])).Should().Be(0);

        XDocument.Load(folder.File("all.graphml")).Descendants(XName.Get("node", "http://graphml.graphdrawing.org/xmlns")).Should().HaveCount(afterFirst.Actors);
        XDocument.Load(folder.File("qatar.gexf")).Descendants(XName.Get("node", "http://gexf.net/1.3")).Should().Contain(n => (string)n.Attribute("id")! == "qatar");
        var roundTrip = SeedDataLoader.LoadFile(folder.File("all.json"));
        roundTrip.Actors.Should().HaveCount(afterFirst.Actors);
        roundTrip.Relationships.Should().HaveCount(afterFirst.Relationships);
    }

    [Fact]
    public async Task An_invalid_seed_file_imports_nothing()
    {
        using var folder = new TemporaryDirectory();
        var bad = folder.File("bad.json");
        await File.WriteAllTextAsync(bad, """{ "actors": [{ "id": "Not A Slug", "name": "X", "kind": "state" }] }""");

        (await ServerCommandLine.RunAsync(["import", bad, $"--Sqlite:Path={folder.File("cli.db")}"])).Should().Be(1);

        File.Exists(folder.File("cli.db")).Should().BeFalse("the file is checked before the store is opened");
    }
}

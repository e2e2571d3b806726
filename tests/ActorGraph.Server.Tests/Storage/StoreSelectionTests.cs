using ActorGraph.Domain.Ports;
using ActorGraph.Server.Storage;
using ActorGraph.Storage.Sqlite;
using ActorGraph.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Server.Tests.Storage;

/// <summary>The embedded store is built from the <c>Sqlite</c> section, and a bad value there stops the start.</summary>
public sealed class StoreSelectionTests
{
    [Fact]
    public void The_sqlite_section_names_the_file_and_the_memory_map()
    {
        using var folder = new TemporaryDirectory();

        using var services = Services(("Sqlite:Path", folder.File("chosen.db")), ("Sqlite:MemoryMapMegabytes", "0"));

        services.GetRequiredService<IGraphStore>().Should().BeOfType<SqliteGraphStore>().Which.FilePath.Should().Be(folder.File("chosen.db"));
    }

    [Fact]
    public void A_negative_memory_map_stops_the_start_with_the_setting_named()
    {
        using var folder = new TemporaryDirectory();
        using var services = Services(("Sqlite:Path", folder.File("any.db")), ("Sqlite:MemoryMapMegabytes", "-1"));

        var start = () => services.GetRequiredService<IGraphStore>();

        start.Should().Throw<InvalidOperationException>().WithMessage("Sqlite:MemoryMapMegabytes must be 0 or more, not -1.");
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddActorGraphStore(configuration).BuildServiceProvider();
    }
}

using System.Net.Http.Headers;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.Server.Auth;
using ActorGraph.Server.Storage;
using ActorGraph.Storage.Sqlite;
using ActorGraph.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Server.Tests.Support;

/// <summary>
/// The server in memory, on a SQLite file of its own (in a temporary folder), with the test API keys configured and
/// every store call counted. Seeded with the repository's seed data unless asked otherwise.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly TemporaryDirectory _folder;
    private readonly Factory _factory;

    /// <summary>
    /// A database holding the seed data, imported once per test run the way the server does on first start;
    /// each test gets its own copy.
    /// </summary>
    private static readonly Lazy<Task<string>> SeededTemplate = new(async () =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"actorgraph-seeded-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
        await store.InitializeAsync();
        await new SeedImporter(store).ImportAsync(SeedImporter.Load(RepositoryPaths.SeedData), new ChangeContext("seed", DateTimeOffset.UtcNow));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        };
        return path;
    });

    private TestApp(TemporaryDirectory folder, Factory factory)
    {
        _folder = folder;
        _factory = factory;
    }

    public string DatabasePath => _folder.File("actorgraph.db");

    public CountingGraphStore Store => (CountingGraphStore)_factory.Services.GetRequiredService<IGraphStore>();

    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts a server; <paramref name="prepare"/> may fill the database file before the server opens it, and
    /// <paramref name="logging"/> receives every log line (none are written otherwise).
    /// </summary>
    public static async Task<TestApp> StartAsync(
        bool seed = true,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        Func<string, Task>? prepare = null,
        ILoggerProvider? logging = null)
    {
        var folder = new TemporaryDirectory();
        var database = folder.File("actorgraph.db");
        if (seed)
        {
            File.Copy(await SeededTemplate.Value, database);
        }

        if (prepare is not null)
        {
            await prepare(database);
        }

        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Sqlite:Path"] = database,
            ["Seed:Path"] = RepositoryPaths.SeedData,
            ["Seed:ImportOnFirstStart"] = "false",
        };
        foreach (var (key, value) in TestKeys.Settings().Concat(settings ?? []))
        {
            all[key] = value;
        }

        database = all["Sqlite:Path"]!;
        var app = new TestApp(folder, new Factory(all, database, logging));

        // Creating a client starts the host, which initialises (and seeds) the store before it serves.
        app._factory.CreateClient().Dispose();
        return app;
    }

    public HttpClient Client(Role? role = null, string? key = null)
    {
        var client = _factory.CreateClient();
        if ((key ?? (role is { } r ? TestKeys.For(r) : null)) is { } secret)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }

        return client;
    }

    public GraphQLClient GraphQL(Role? role = null) => new(Client(role));

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private sealed class Factory(IEnumerable<KeyValuePair<string, string?>> settings, string database, ILoggerProvider? logging)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
            builder.ConfigureLogging(log =>
            {
                log.ClearProviders();
                if (logging is not null)
                {
                    log.SetMinimumLevel(LogLevel.Trace).AddProvider(logging);
                }
            });
            builder.ConfigureTestServices(services =>
                services.AddSingleton<IGraphStore>(_ => new CountingGraphStore(new SqliteGraphStore(new SqliteStoreOptions { Path = database }))));
        }
    }
}

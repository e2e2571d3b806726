using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.Server.Configuration;
using ActorGraph.Server.Hosting;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.Storage;

/// <summary>
/// At start-up, before the server accepts requests: creates or migrates the store and, when it holds no actor
/// yet, imports the seed data.
/// </summary>
public sealed partial class StoreInitializer(
    IGraphStore store,
    SeedImporter importer,
    IOptions<SeedOptions> seed,
    Readiness readiness,
    TimeProvider clock,
    ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (seed.Value.ImportOnFirstStart && (await store.GetStatsAsync(cancellationToken)).Actors == 0)
        {
            var path = ApplicationPaths.FromApplicationFolder(seed.Value.Path);
            var batch = SeedImporter.Load(path);
            var result = await importer.ImportAsync(batch, new ChangeContext("seed", clock.GetUtcNow()), cancellationToken: cancellationToken);
            LogSeeded(result.Inserted, path);
        }

        readiness.StoreInitialized = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Records} seed records from {Path} into the empty store.")]
    private partial void LogSeeded(int records, string path);
}

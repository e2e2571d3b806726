using ActorGraph.Domain.Ports;
using ActorGraph.Server.Configuration;
using ActorGraph.Server.Hosting;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.Storage;

public static class StoreServiceCollectionExtensions
{
    /// <summary>The store named by <c>Store:Provider</c>, configured from the section of the same name.</summary>
    public static IServiceCollection AddActorGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.SectionName));
        services.AddOptions<SqliteOptions>().Bind(configuration.GetSection(SqliteOptions.SectionName));
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.SectionName));
        services.AddOptions<Neo4jStoreOptions>().Bind(configuration.GetSection(Neo4jStoreOptions.SectionName));
        services.AddSingleton<IGraphStore>(CreateStore);
        services.AddSingleton<IGraphReader>(sp => sp.GetRequiredService<IGraphStore>());
        services.AddSingleton<SeedImporter>();
        return services;
    }

    private static IGraphStore CreateStore(IServiceProvider services)
    {
        var provider = services.GetRequiredService<IOptions<StoreOptions>>().Value.Provider;
        return provider switch
        {
            StoreProvider.Sqlite => CreateSqliteStore(services.GetRequiredService<IOptions<SqliteOptions>>().Value),
            StoreProvider.Neo4j => CreateNeo4jStore(services),
            _ => throw new InvalidOperationException($"Store:Provider '{provider}' is not supported; use Sqlite or Neo4j."),
        };
    }

    private static SqliteGraphStore CreateSqliteStore(SqliteOptions options) =>
        options.MemoryMapMegabytes < 0
            ? throw new InvalidOperationException($"Sqlite:MemoryMapMegabytes must be 0 or more, not {options.MemoryMapMegabytes}.")
            : new SqliteGraphStore(new SqliteStoreOptions
            {
                Path = ApplicationPaths.FromWorkingFolder(options.Path),
                MemoryMapBytes = options.MemoryMapMegabytes * (1L << 20),
            });

    private static Neo4jGraphStore CreateNeo4jStore(IServiceProvider services)
    {
        var options = Neo4jStoreOptions.FromEnvironment() ?? services.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;
        return Neo4jGraphStore.Create(options);
    }
}

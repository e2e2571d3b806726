using ActorGraph.Server.Exports;
using ActorGraph.Server.Hosting;
using ActorGraph.Server.Storage;

namespace ActorGraph.Server.Cli;

/// <summary>
/// The services a command needs (the configured store, the export readers) without the web server. Settings come
/// from the same places as the server's: appsettings.json next to the executable, environment variables, and
/// <c>--Section:Key=value</c> arguments.
/// </summary>
public static class CommandHost
{
    public static IHost Build(IReadOnlyList<string> configurationArgs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. configurationArgs],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Services
            .AddActorGraphStore(builder.Configuration)
            .AddActorGraphAlgorithms()
            .AddActorGraphExports()
            .AddSingleton<FullBatchReader>();
        return builder.Build();
    }
}

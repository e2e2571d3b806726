using ActorGraph.GraphQL.AspNetCore;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.Auth;
using ActorGraph.Server.Exports;
using ActorGraph.Server.GraphQL;
using ActorGraph.Server.Storage;

namespace ActorGraph.Server.Hosting;

/// <summary>The web server: GraphQL at <c>/graphql</c>, exports under <c>/export</c>, <c>/healthz</c> and <c>/readyz</c>.</summary>
public static class ServerApplication
{
    /// <summary>Where the server listens when neither <c>urls</c> nor <c>http_ports</c> is configured.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args)
    {
        // Settings shipped with the application are read from its own folder, whatever the working folder is.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (builder.Configuration["urls"] is null && builder.Configuration["http_ports"] is null && builder.Configuration["https_ports"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.Configure<HostOptions>(builder.Configuration.GetSection(nameof(HostOptions)));
        builder.Services
            .AddActorGraphHealth()
            .AddActorGraphStore(builder.Configuration)
            .AddActorGraphAlgorithms()
            .AddActorGraphAuth(builder.Configuration)
            .AddActorGraphGraphQL(builder.Configuration)
            .AddActorGraphExports()
            .AddHostedService<StoreInitializer>();

        var app = builder.Build();

        // Fail at start-up, not at the first request, on a bad key configuration or a schema the resolvers do not match.
        app.Services.GetRequiredService<ApiKeyRegistry>();
        app.Services.GetRequiredService<ExecutableSchema>();

        app.UseRequestIds();
        app.UseActorGraphAuth();
        app.MapActorGraphHealth();
        app.MapExplorer();
        app.MapGraphQL("/graphql");
        app.MapActorGraphExports();
        return app;
    }
}

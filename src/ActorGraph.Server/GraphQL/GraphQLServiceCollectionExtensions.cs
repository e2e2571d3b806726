using ActorGraph.GraphQL.AspNetCore;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.Auth;
using ActorGraph.Server.Configuration;
using ActorGraph.Server.GraphQL.Mutations;
using ActorGraph.Server.Hosting;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.GraphQL;

public static class ActorGraphGraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The GraphQL endpoint's schema (loaded from the file at start-up), limits from the <c>GraphQL</c> section, the read
    /// check and the check of a whole mutation operation before it runs.
    /// </summary>
    public static IServiceCollection AddActorGraphGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLOptions>().Bind(configuration.GetSection(GraphQLOptions.SectionName));
        services.AddGraphQL(
            sp =>
            {
                var path = ApplicationPaths.FromApplicationFolder(sp.GetRequiredService<IOptions<GraphQLOptions>>().Value.SchemaPath);
                var schema = ActorGraphSchema.Build(File.ReadAllText(path));
                sp.GetRequiredService<Readiness>().SchemaLoaded = true;
                return schema;
            },
            server =>
            {
                server.OnRequest = CheckAccessAsync;
            });

        // Bound lazily, so settings added after registration (tests, command-line arguments) apply too.
        services.AddOptions<GraphQLServerOptions>().Configure<IOptions<GraphQLOptions>>((server, configured) =>
        {
            var options = configured.Value;
            server.MaxRequestBytes = options.MaxRequestBytes;
            server.Executor.Limits.MaxDepth = options.MaxDepth;
            server.Executor.Limits.MaxCost = options.MaxCost;
            server.Executor.Limits.MaxAliases = options.MaxAliases;
            server.Executor.Limits.ExecutionTimeout = TimeSpan.FromSeconds(options.ExecutionTimeoutSeconds);
            server.Executor.BeforeExecution = MutationPreCheck.CheckAsync;
        });
        return services;
    }

    private static ValueTask CheckAccessAsync(HttpContext http, GraphQLRequestContext request)
    {
        if (http.RequestServices.GetRequiredService<AccessPolicy>().CanRead(http.User) != AccessDecision.Allowed)
        {
            throw GraphQLRequestException.Unauthenticated("Anonymous reading is off: send an API key (Authorization: Bearer <key> or X-Api-Key).");
        }

        request.Items[MutationGuard.RequestIdItem] = http.TraceIdentifier;
        return ValueTask.CompletedTask;
    }
}

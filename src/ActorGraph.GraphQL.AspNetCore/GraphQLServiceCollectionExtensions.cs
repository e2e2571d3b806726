using ActorGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ActorGraph.GraphQL.AspNetCore;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers the executable schema (built once, from the root services) and its executor.</summary>
    public static IServiceCollection AddGraphQL(
        this IServiceCollection services,
        Func<IServiceProvider, ExecutableSchema> schema,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        services.AddOptions<GraphQLServerOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddSingleton(schema);
        services.AddSingleton(sp => new GraphQLExecutor(
            sp.GetRequiredService<ExecutableSchema>(),
            sp.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Executor));
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}

using ActorGraph.Server.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>API-key authentication from the <c>Auth</c> section; a bad key configuration stops the start.</summary>
    public static IServiceCollection AddActorGraphAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName));
        services.AddSingleton(sp => new ApiKeyRegistry(sp.GetRequiredService<IOptions<AuthOptions>>().Value.ApiKeys));
        services.AddSingleton<AccessPolicy>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        return services;
    }

    /// <summary>
    /// Authenticates every request and answers 401 at once when a key was presented and is not valid,
    /// so a wrong key never degrades silently to anonymous access.
    /// </summary>
    public static IApplicationBuilder UseActorGraphAuth(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            var result = await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
            if (result.Failure is not null)
            {
                await context.ChallengeAsync(ApiKeyAuthenticationHandler.SchemeName);
                return;
            }

            await next(context);
        });
        return app;
    }
}

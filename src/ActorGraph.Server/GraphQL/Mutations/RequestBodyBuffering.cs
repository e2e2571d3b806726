using ActorGraph.Server.Auth;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary>
/// Keeps the body of every POST that presents an API key readable a second time, for <see cref="MutationPreCheck"/>.
/// Anonymous requests, the bulk of the traffic, are left as they are: the pre-check never needs them.
/// </summary>
internal sealed class RequestBodyBuffering : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var headers = context.Request.Headers;
            if (HttpMethods.IsPost(context.Request.Method)
                && (headers.Authorization.Count > 0 || headers.ContainsKey(ApiKeyAuthenticationHandler.ApiKeyHeader)))
            {
                context.Request.EnableBuffering();
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

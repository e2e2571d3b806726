namespace ActorGraph.Server.Hosting;

/// <summary>
/// Returns every request's id in the <c>X-Request-Id</c> response header. The same id appears in every log line of
/// the request (the hosting log scope carries it as <c>RequestId</c>) and in the audit trail of the changes it makes.
/// </summary>
public static class RequestIdMiddleware
{
    public const string Header = "X-Request-Id";

    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.Headers[Header] = context.TraceIdentifier;
        return next(context);
    });
}

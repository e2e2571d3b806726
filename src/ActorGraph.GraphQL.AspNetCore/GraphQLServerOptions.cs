using ActorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace ActorGraph.GraphQL.AspNetCore;

/// <summary>How the GraphQL endpoint serves requests.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Options of the executor: limits, validation, operation cache and persisted queries.</summary>
    public GraphQLExecutorOptions Executor { get; } = new();

    /// <summary>The largest request body (or GET query string) accepted; larger requests get 413.</summary>
    public long MaxRequestBytes { get; set; } = 1 << 20;

    /// <summary>Whether queries may be sent with GET (mutations never may).</summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>
    /// Runs before execution with the request context already holding the user, services and cancellation;
    /// may add items or throw <see cref="GraphQLRequestException"/> (401/403).
    /// </summary>
    public Func<HttpContext, GraphQLRequestContext, ValueTask>? OnRequest { get; set; }
}

using System.Security.Claims;

namespace ActorGraph.GraphQL.Execution;

/// <summary>What one request brings to its resolvers: the caller, services and anything the application adds.</summary>
public sealed class GraphQLRequestContext
{
    private static readonly IServiceProvider NoServices = new EmptyServiceProvider();

    public IServiceProvider Services { get; set; } = NoServices;

    public ClaimsPrincipal User { get; set; } = new(new ClaimsIdentity());

    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>When true only query operations run; a mutation is refused (GET requests).</summary>
    public bool QueriesOnly { get; set; }

    /// <summary>The value root fields see as their parent.</summary>
    public object? RootValue { get; set; }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}

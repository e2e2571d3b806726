using ActorGraph.GraphQL.Execution.Loading;

namespace ActorGraph.GraphQL.Execution.Engine;

/// <summary>The data loaders of one request, created on first use from the factories registered on the schema.</summary>
internal sealed class LoaderRegistry(
    IReadOnlyDictionary<Type, Func<GraphQLRequestContext, object>> factories,
    GraphQLRequestContext request,
    CancellationToken cancellationToken)
{
    private readonly Dictionary<Type, object> _instances = [];
    private readonly Lock _lock = new();

    public TLoader Get<TLoader>()
        where TLoader : class
    {
        lock (_lock)
        {
            if (_instances.TryGetValue(typeof(TLoader), out var existing))
            {
                return (TLoader)existing;
            }

            if (!factories.TryGetValue(typeof(TLoader), out var create))
            {
                throw new InvalidOperationException($"No data loader {typeof(TLoader).Name} was registered with AddLoader.");
            }

            var loader = (TLoader)create(request);
            if (loader is IAttachableLoader attachable)
            {
                attachable.Attach(cancellationToken);
            }

            _instances.Add(typeof(TLoader), loader);
            return loader;
        }
    }
}

using System.Security.Claims;
using ActorGraph.GraphQL.Execution.Binding;
using ActorGraph.GraphQL.Execution.Engine;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution;

/// <summary>What a resolver sees: its parent value, coerced arguments, the request and where it runs.</summary>
public sealed class ResolverContext
{
    private readonly OperationRun _run;
    private readonly FieldBinding _field;
    private readonly ResponsePath _path;

    internal ResolverContext(OperationRun run, FieldBinding field, List<FieldNode> nodes, object? parent, IReadOnlyDictionary<string, object?> arguments, ResponsePath path)
    {
        _run = run;
        _field = field;
        _path = path;
        FieldNodes = nodes;
        ParentValue = parent;
        Arguments = arguments;
    }

    /// <summary>The parent object's value (the root value for root fields).</summary>
    public object? ParentValue { get; }

    /// <summary>Coerced argument values by name (defaults applied; absent optional arguments are missing).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public string FieldName => _field.Name;

    public string ParentTypeName => _field.ParentTypeName;

    /// <summary>The response path of this field (keys and list indices).</summary>
    public IReadOnlyList<object> Path => _path.ToList();

    /// <summary>The nodes of this field in the document (more than one when merged from fragments).</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    public GraphQLRequestContext Request => _run.Request;

    public ClaimsPrincipal User => _run.Request.User;

    /// <summary>Cancelled when the client goes away or the execution time limit passes.</summary>
    public CancellationToken CancellationToken => _run.CancellationToken;

    public T Parent<T>() => ParentValue is T typed
        ? typed
        : throw new InvalidCastException($"The parent of {ParentTypeName}.{FieldName} is {ParentValue?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>The argument converted to <typeparamref name="T"/> (see docs/graphql-engine.md for the conversions).</summary>
    public T Argument<T>(string name) =>
        ClrValueConverter.Convert<T>(Arguments.TryGetValue(name, out var value) ? value : null);

    public T Service<T>()
        where T : notnull =>
        Request.Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"The service {typeof(T).Name} is not registered.");

    /// <summary>This request's instance of a data loader registered with <see cref="ExecutableSchemaBuilder.AddLoader{TLoader}"/>.</summary>
    public TLoader Loader<TLoader>()
        where TLoader : class => _run.Loaders.Get<TLoader>();
}

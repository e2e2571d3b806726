using ActorGraph.GraphQL.Execution.Binding;

namespace ActorGraph.GraphQL.Execution;

/// <summary>
/// Attaches resolvers, type resolvers, scalar hooks and data loaders to a schema written in SDL.
/// <see cref="Build"/> fails listing every field without a resolver and every registration that names nothing.
/// </summary>
public sealed class ExecutableSchemaBuilder
{
    private readonly string _sdl;
    private readonly List<string> _registrationErrors = [];

    public ExecutableSchemaBuilder(string sdl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sdl);
        _sdl = sdl;
    }

    internal Dictionary<string, Func<ResolverContext, ValueTask<object?>>> Resolvers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Type> BoundTypes { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Func<object, ResolverContext, string?>> TypeResolvers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, ScalarHooks> Scalars { get; } = new(StringComparer.Ordinal);

    internal Dictionary<Type, Func<GraphQLRequestContext, object>> LoaderFactories { get; } = [];

    /// <summary>A synchronous resolver for the field named by <paramref name="coordinate"/> (<c>"Type.field"</c>).</summary>
    public ExecutableSchemaBuilder Resolve(string coordinate, Func<ResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Register(coordinate, context =>
        {
            var value = resolver(context);
            return value is Task
                ? throw new InvalidOperationException($"The resolver of {coordinate} returned a Task; register it with ResolveAsync.")
                : new ValueTask<object?>(value);
        });
    }

    /// <summary>An asynchronous resolver (write <c>async ctx => await ...</c> to adapt a Task).</summary>
    public ExecutableSchemaBuilder ResolveAsync<T>(string coordinate, Func<ResolverContext, ValueTask<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Register(coordinate, context =>
        {
            var pending = resolver(context);
            return pending.IsCompletedSuccessfully ? new ValueTask<object?>(pending.Result) : Box(pending);
        });
    }

    /// <summary>
    /// Opts an object type into default resolvers: each of its fields without an explicit resolver reads the
    /// public property (or parameterless method) of <typeparamref name="T"/> with the same name, ignoring case.
    /// Values of <typeparamref name="T"/> also resolve to this type behind interfaces and unions.
    /// </summary>
    public ExecutableSchemaBuilder BindType<T>(string typeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        if (!BoundTypes.TryAdd(typeName, typeof(T)))
        {
            _registrationErrors.Add($"The type {typeName} is bound twice.");
        }

        return this;
    }

    /// <summary>Maps a runtime value of an interface or union to the name of its object type.</summary>
    public ExecutableSchemaBuilder ResolveType(string abstractTypeName, Func<object, ResolverContext, string?> resolver)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(abstractTypeName);
        ArgumentNullException.ThrowIfNull(resolver);
        if (!TypeResolvers.TryAdd(abstractTypeName, resolver))
        {
            _registrationErrors.Add($"The type resolver of {abstractTypeName} is registered twice.");
        }

        return this;
    }

    /// <summary>Hooks of a custom scalar: <paramref name="serialize"/> for results, <paramref name="parse"/> for inputs (variables and literals alike).</summary>
    public ExecutableSchemaBuilder Scalar(string name, Func<object, object?> serialize, Func<object?, object?> parse)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(serialize);
        ArgumentNullException.ThrowIfNull(parse);
        if (!Scalars.TryAdd(name, new ScalarHooks(serialize, parse)))
        {
            _registrationErrors.Add($"The scalar {name} has hooks registered twice.");
        }

        return this;
    }

    /// <summary>Registers a data loader; each request gets its own instance from <paramref name="create"/> on first use.</summary>
    public ExecutableSchemaBuilder AddLoader<TLoader>(Func<GraphQLRequestContext, TLoader> create)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(create);
        if (!LoaderFactories.TryAdd(typeof(TLoader), create))
        {
            _registrationErrors.Add($"The data loader {typeof(TLoader).Name} is registered twice.");
        }

        return this;
    }

    /// <summary>Builds the schema from the SDL and binds everything registered.</summary>
    /// <exception cref="SchemaBindingException">Fields lack resolvers, or registrations name no field or type.</exception>
    public ExecutableSchema Build() => SchemaCompiler.Compile(_sdl, this, _registrationErrors);

    private ExecutableSchemaBuilder Register(string coordinate, Func<ResolverContext, ValueTask<object?>> resolver)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinate);
        if (!Resolvers.TryAdd(coordinate, resolver))
        {
            _registrationErrors.Add($"The resolver of {coordinate} is registered twice.");
        }

        return this;
    }

    private static async ValueTask<object?> Box<T>(ValueTask<T> pending) => await pending;
}

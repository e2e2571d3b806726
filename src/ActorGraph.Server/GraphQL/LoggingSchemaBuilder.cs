using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL;

/// <summary>
/// The engine's <see cref="ExecutableSchemaBuilder"/> as the server registers with it: every resolver and type resolver
/// is wrapped so that an unexpected exception is logged (<see cref="UnexpectedErrors"/>) before the engine masks it as
/// <c>INTERNAL_SERVER_ERROR</c>. The wrapping costs nothing on success: the log call sits in an exception filter, and
/// an asynchronous resolver is awaited once more only when it has not completed at once.
/// </summary>
public sealed class LoggingSchemaBuilder(ExecutableSchemaBuilder inner)
{
    public LoggingSchemaBuilder Resolve(string coordinate, Func<ResolverContext, object?> resolver)
    {
        inner.Resolve(coordinate, ctx =>
        {
            try
            {
                return resolver(ctx);
            }
            catch (Exception error) when (UnexpectedErrors.Log(ctx, error))
            {
                throw;
            }
        });
        return this;
    }

    public LoggingSchemaBuilder ResolveAsync<T>(string coordinate, Func<ResolverContext, ValueTask<T>> resolver)
    {
        inner.ResolveAsync(coordinate, ctx =>
        {
            ValueTask<T> pending;
            try
            {
                pending = resolver(ctx);
            }
            catch (Exception error) when (UnexpectedErrors.Log(ctx, error))
            {
                throw;
            }

            return pending.IsCompletedSuccessfully ? pending : Observe(ctx, pending);
        });
        return this;
    }

    public LoggingSchemaBuilder ResolveType(string abstractTypeName, Func<object, ResolverContext, string?> resolver)
    {
        inner.ResolveType(abstractTypeName, (value, ctx) =>
        {
            try
            {
                return resolver(value, ctx);
            }
            catch (Exception error) when (UnexpectedErrors.Log(ctx, error))
            {
                throw;
            }
        });
        return this;
    }

    public LoggingSchemaBuilder BindType<T>(string typeName)
    {
        inner.BindType<T>(typeName);
        return this;
    }

    public LoggingSchemaBuilder Scalar(string name, Func<object, object?> serialize, Func<object?, object?> parse)
    {
        inner.Scalar(name, serialize, parse);
        return this;
    }

    public LoggingSchemaBuilder AddLoader<TLoader>(Func<GraphQLRequestContext, TLoader> create)
        where TLoader : class
    {
        inner.AddLoader(create);
        return this;
    }

    public ExecutableSchema Build() => inner.Build();

    private static async ValueTask<T> Observe<T>(ResolverContext ctx, ValueTask<T> pending)
    {
        try
        {
            return await pending;
        }
        catch (Exception error) when (UnexpectedErrors.Log(ctx, error))
        {
            throw;
        }
    }
}

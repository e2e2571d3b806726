using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Mutations;

namespace ActorGraph.Server.GraphQL;

/// <summary>
/// Logs the exceptions the engine masks as <c>Unexpected error.</c>: everything but GraphQL errors (domain failures are
/// translated to those) and the cancellation of the request. The log line names the field, its response path and the
/// request id; it never carries the request's variables or API key. A failed data-loader batch fails every field
/// waiting on it with the same exception, which is logged once per request, at the first field it reached.
/// </summary>
public static partial class UnexpectedErrors
{
    private const string LoggedItem = "unexpectedErrorsLogged";

    /// <summary>Logs <paramref name="error"/> when it is unexpected; always false, so that it serves as an exception filter that lets the exception through.</summary>
    public static bool Log(ResolverContext ctx, Exception error)
    {
        if (error is GraphQLError || (error is OperationCanceledException && ctx.CancellationToken.IsCancellationRequested) || !FirstSighting(ctx, error))
        {
            return false;
        }

        if (ctx.Request.Services.GetService(typeof(ILogger<LoggingSchemaBuilder>)) is ILogger logger)
        {
            ResolverFailed(
                logger,
                error,
                $"{ctx.ParentTypeName}.{ctx.FieldName}",
                string.Join('.', ctx.Path),
                ctx.Request.Items.TryGetValue(MutationGuard.RequestIdItem, out var id) ? id as string : null);
        }

        return false;
    }

    private static bool FirstSighting(ResolverContext ctx, Exception error)
    {
        var items = ctx.Request.Items;
        lock (items)
        {
            if (items.TryGetValue(LoggedItem, out var value) && value is HashSet<Exception> logged)
            {
                return logged.Add(error);
            }

            items[LoggedItem] = new HashSet<Exception> { error };
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error in the resolver of {Field} at {Path} (request {RequestId}); the client was told only \"Unexpected error.\"")]
    private static partial void ResolverFailed(ILogger logger, Exception error, string field, string path, string? requestId);
}

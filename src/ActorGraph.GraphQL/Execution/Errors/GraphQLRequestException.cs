namespace ActorGraph.GraphQL.Execution;

/// <summary>
/// Aborts the whole operation: the response carries only this error (no <c>data</c>). Meant for
/// authentication and authorisation checks, which the HTTP layer answers with 401 or 403.
/// </summary>
public sealed class GraphQLRequestException(string message, string code) : GraphQLException(message, code)
{
    public static GraphQLRequestException Unauthenticated(string message = "Authentication is required.") =>
        new(message, ExecutionErrorCodes.Unauthenticated);

    public static GraphQLRequestException Forbidden(string message = "You are not allowed to do this.") =>
        new(message, ExecutionErrorCodes.Forbidden);
}

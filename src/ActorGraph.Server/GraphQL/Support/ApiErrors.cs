using ActorGraph.Domain.Errors;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Support;

/// <summary>The API's error codes, and the translation of domain failures into GraphQL errors.</summary>
public static class ApiErrors
{
    public const string InvalidInputCode = "INVALID_INPUT";
    public const string NotFoundCode = "NOT_FOUND";
    public const string ConflictCode = "CONFLICT";

    public static GraphQLException InvalidInput(string message) => new(message, code: InvalidInputCode);

    public static GraphQLException NotFound(string message) => new(message, code: NotFoundCode);

    public static GraphQLException Conflict(string message) => new(message, code: ConflictCode);

    /// <summary>A domain failure as a GraphQL error with the same code; validation issues are listed in <c>extensions.issues</c>.</summary>
    public static GraphQLException From(DomainException exception) => exception switch
    {
        ValidationException invalid => new GraphQLException(
            invalid.Message,
            code: invalid.Code,
            extensions: new Dictionary<string, object?>
            {
                ["issues"] = invalid.Issues.Select(i => new Dictionary<string, object?> { ["path"] = i.Path, ["message"] = i.Message }).ToList(),
            }),
        _ => new GraphQLException(exception.Message, code: exception.Code),
    };

    /// <summary>Runs <paramref name="action"/>, turning domain failures into GraphQL errors.</summary>
    public static async ValueTask<T> Translate<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (DomainException e)
        {
            throw From(e);
        }
    }
}

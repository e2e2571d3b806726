namespace ActorGraph.GraphQL.Errors;

/// <summary>Values of <c>extensions.code</c> that the engine attaches to its errors.</summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document has more tokens than the parser's limit (<c>MaxTokens</c>); parsing stopped there.</summary>
    public const string TooManyTokens = "TOO_MANY_TOKENS";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string InvalidSchema = "GRAPHQL_INVALID_SCHEMA";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}

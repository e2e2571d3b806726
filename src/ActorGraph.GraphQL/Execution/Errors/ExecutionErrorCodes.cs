namespace ActorGraph.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values of execution and request errors (parse and validation codes are in <see cref="ActorGraph.GraphQL.Errors.ErrorCodes"/>).</summary>
public static class ExecutionErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
}

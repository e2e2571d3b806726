namespace ActorGraph.GraphQL.Execution;

/// <summary>Whether execution ran, or which request error stopped it (the HTTP layer maps this to a status code).</summary>
public enum ExecutionResultKind
{
    Executed,
    BadRequest,
    ParseError,
    ValidationError,
    VariableError,
    LimitExceeded,
    PersistedQueryNotFound,
    OperationNotAllowed,
    Unauthenticated,
    Forbidden,
    Timeout,
}

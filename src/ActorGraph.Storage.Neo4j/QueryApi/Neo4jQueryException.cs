namespace ActorGraph.Storage.Neo4j.QueryApi;

/// <summary>
/// Neo4j refused a statement with a status code that is not transient (a <c>Neo.ClientError.*</c> or
/// <c>Neo.DatabaseError.*</c>). Usually a defect in a statement, so it is not retried.
/// </summary>
public sealed class Neo4jQueryException(string code, string message, int httpStatus)
    : Exception($"Neo4j answered {httpStatus} with {code}: {message}")
{
    public string Code { get; } = code;

    public string Neo4jMessage { get; } = message;

    public int HttpStatus { get; } = httpStatus;
}

/// <summary>A failure worth trying again: a <c>Neo.TransientError.*</c> code or HTTP 503.</summary>
internal sealed class Neo4jTransientException(string code, string message)
    : Exception($"Neo4j reported a transient failure {code}: {message}")
{
    public string Code { get; } = code;
}

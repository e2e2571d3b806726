using ActorGraph.GraphQL.Errors;

namespace ActorGraph.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver (or a scalar's parse hook) to report an error the client may see:
/// the field becomes null and the error carries <paramref name="code"/> as <c>extensions.code</c>.
/// </summary>
public class GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null)
    : GraphQLError(message, null, null, code, extensions);

using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution.Engine;

/// <summary>GetOperation of the specification: the operation named in the request, or the only one.</summary>
internal static class OperationSelector
{
    public static OperationDefinitionNode? Select(IReadOnlyList<OperationDefinitionNode> operations, string? name, out GraphQLError? error)
    {
        error = null;
        if (name is null)
        {
            if (operations.Count == 1)
            {
                return operations[0];
            }

            error = new GraphQLError(operations.Count == 0
                ? "Must provide an operation."
                : "Must provide operation name if query contains multiple operations.", code: ExecutionErrorCodes.OperationNotFound);
            return null;
        }

        foreach (var operation in operations)
        {
            if (operation.Name?.Value == name)
            {
                return operation;
            }
        }

        error = new GraphQLError($"Unknown operation named \"{name}\".", code: ExecutionErrorCodes.OperationNotFound);
        return null;
    }
}

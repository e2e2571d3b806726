using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.2.1.1 Operation Type Existence: the schema has a root type for each operation's kind.</summary>
public sealed class OperationTypeExistence : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.OperationDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        if (context.Schema.GetRootType(operation.Operation) is null)
        {
            context.ReportError($"The {operation.Operation.ToString().ToLowerInvariant()} operation is not supported by the schema.", operation);
        }

        return true;
    }
}

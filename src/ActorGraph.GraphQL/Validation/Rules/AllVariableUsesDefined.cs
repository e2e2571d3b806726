using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.3 All Variable Uses Defined: every variable an operation uses, directly or through the fragments it
/// reaches, is defined by that operation. Reported at the usage and at the operation (as graphql-js).
/// </summary>
public sealed class AllVariableUsesDefined : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.OperationDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        var defined = new HashSet<string>(operation.VariableDefinitions.Select(d => d.Variable.Name.Value), StringComparer.Ordinal);
        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                context.ReportError(message, usage.Node, operation);
            }
        }

        return true;
    }
}

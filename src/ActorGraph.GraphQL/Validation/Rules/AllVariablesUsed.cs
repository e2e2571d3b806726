using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.8.4 All Variables Used: every variable an operation defines is used by it or by a fragment it reaches.</summary>
public sealed class AllVariablesUsed : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.OperationDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.VariableDefinitions.Count == 0)
        {
            return true;
        }

        var used = new HashSet<string>(context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value), StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                context.ReportError(message, definition);
            }
        }

        return true;
    }
}

using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.8.1 Variable Uniqueness: an operation defines each variable name once.</summary>
/// <remarks>As graphql-js: one error per repeated name, located at every definition of it.</remarks>
public sealed class VariableUniqueness : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.OperationDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        foreach (var group in ((OperationDefinitionNode)node).VariableDefinitions.GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                context.ReportError($"There can be only one variable named \"${group.Key}\".", [.. group.Select(d => d.Variable.Name)]);
            }
        }

        return true;
    }
}

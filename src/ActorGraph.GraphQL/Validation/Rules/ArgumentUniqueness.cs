using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.4.2 Argument Uniqueness: a field or directive is given each argument at most once.</summary>
/// <remarks>As graphql-js: one error per repeated name, located at every occurrence.</remarks>
public sealed class ArgumentUniqueness : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.Field, NodeKind.Directive];

    public override bool Enter(Node node, ValidationContext context)
    {
        var arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        if (arguments.Count < 2)
        {
            return true;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                context.ReportError($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => a.Name)]);
            }
        }

        return true;
    }
}

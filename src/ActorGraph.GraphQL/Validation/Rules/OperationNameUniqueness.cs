using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.2.2.1 Operation Name Uniqueness: each named operation has a name of its own.</summary>
/// <remarks>As graphql-js: one error per repeated name, at the first definition and the repeat.</remarks>
public sealed class OperationNameUniqueness : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.OperationDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        if (((OperationDefinitionNode)node).Name is { } name && !_known.TryAdd(name.Value, name))
        {
            context.ReportError($"There can be only one operation named \"{name.Value}\".", _known[name.Value], name);
        }

        return false;
    }
}

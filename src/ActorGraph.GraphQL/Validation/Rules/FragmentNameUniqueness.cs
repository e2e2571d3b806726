using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.5.1.1 Fragment Name Uniqueness: each fragment definition has a name of its own.</summary>
/// <remarks>As graphql-js: one error per repeated name, at the first definition's name and the repeat's.</remarks>
public sealed class FragmentNameUniqueness : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.FragmentDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        var name = ((FragmentDefinitionNode)node).Name;
        if (!_known.TryAdd(name.Value, name))
        {
            context.ReportError($"There can be only one fragment named \"{name.Value}\".", _known[name.Value], name);
        }

        return false;
    }
}

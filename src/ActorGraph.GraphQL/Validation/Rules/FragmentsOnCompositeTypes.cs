using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.5.1.3 Fragments On Composite Types: fragments condition only on object, interface or union types.</summary>
public sealed class FragmentsOnCompositeTypes : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.InlineFragment, NodeKind.FragmentDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(context, condition):
                context.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
                break;
            case FragmentDefinitionNode fragment when IsNonComposite(context, fragment.TypeCondition):
                context.ReportError($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".", fragment.TypeCondition);
                break;
        }

        return true;
    }

    private static bool IsNonComposite(ValidationContext context, NamedTypeNode condition) =>
        context.Schema.GetType(condition.Name.Value) is { } type && !type.IsCompositeType();
}

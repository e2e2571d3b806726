using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.3 Fragment Spread Is Possible: a fragment is spread only where some object could be of both the
/// fragment's type and the parent type (their possible types intersect).
/// </summary>
public sealed class FragmentSpreadIsPossible : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.InlineFragment, NodeKind.FragmentSpread];

    public override bool Enter(Node node, ValidationContext context)
    {
        var parentType = context.TypeInfo.ParentType;
        switch (node)
        {
            case InlineFragmentNode:
                if (context.TypeInfo.Type is NamedType fragmentType && fragmentType.IsCompositeType()
                    && parentType is not null && !TypeHelpers.DoTypesOverlap(context.Schema, fragmentType, parentType))
                {
                    context.ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
                }

                break;
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;
                if (context.GetFragment(name) is { } fragment
                    && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } spreadType && spreadType.IsCompositeType()
                    && parentType is not null && !TypeHelpers.DoTypesOverlap(context.Schema, spreadType, parentType))
                {
                    context.ReportError($"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{spreadType.Name}\".", node);
                }

                break;
        }

        return true;
    }
}

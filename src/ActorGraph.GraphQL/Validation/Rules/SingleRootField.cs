using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.4.1 Single Root Field: a subscription selects exactly one root field (fragments expanded, with no
/// variable values), which is not an introspection field.
/// </summary>
public sealed class SingleRootField : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.OperationDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } root)
        {
            return false;
        }

        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(context, root, operation.SelectionSet, grouped, order, new HashSet<string>(StringComparer.Ordinal));
        var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (order.Count > 1)
        {
            context.ReportError($"{subject} must select only one top level field.", [.. order.Skip(1).SelectMany(key => grouped[key])]);
        }

        foreach (var key in order)
        {
            var fields = grouped[key];
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError($"{subject} must not select an introspection top level field.", [.. fields]);
            }
        }

        return false;
    }

    private static void Collect(
        ValidationContext context,
        ObjectType root,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> grouped,
        List<string> order,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ConditionalDirectives.Include(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!grouped.TryGetValue(field.ResponseKey, out var fields))
                    {
                        grouped[field.ResponseKey] = fields = [];
                        order.Add(field.ResponseKey);
                    }

                    fields.Add(field);
                    break;
                case InlineFragmentNode inline when Applies(context.Schema, inline.TypeCondition, root):
                    Collect(context, root, inline.SelectionSet, grouped, order, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value)
                    && context.GetFragment(spread.Name.Value) is { } fragment
                    && Applies(context.Schema, fragment.TypeCondition, root):
                    Collect(context, root, fragment.SelectionSet, grouped, order, visitedFragments);
                    break;
            }
        }
    }

    private static bool Applies(Schema schema, NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = schema.GetType(typeCondition.Name.Value);
        return ReferenceEquals(conditionType, type) || (conditionType is not null && conditionType.IsAbstractType() && schema.IsSubType(conditionType, type));
    }
}

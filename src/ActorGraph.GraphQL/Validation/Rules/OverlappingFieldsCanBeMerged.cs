using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Validation.FieldMerging;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.2 Field Selection Merging: selections with the same response name in one selection set (fragments
/// expanded) select the same field with the same arguments, unless their parents are different object types,
/// and always have the same response shape. One error per conflicting pair, at both fields (and the nested
/// fields that conflict), as graphql-js.
/// </summary>
public sealed class OverlappingFieldsCanBeMerged : ValidationRule
{
    private ConflictFinder? _finder;

    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.SelectionSet];

    public override bool Enter(Node node, ValidationContext context)
    {
        var selectionSet = (SelectionSetNode)node;
        var path = context.Ancestors;
        // Inline fragments are merged into the enclosing selection set, and one selection cannot conflict with itself.
        if (path[^1] is InlineFragmentNode || (selectionSet.Selections.Count <= 1 && selectionSet.Selections.FirstOrDefault() is not InlineFragmentNode))
        {
            return true;
        }

        _finder ??= new ConflictFinder(context);
        foreach (var conflict in _finder.FindWithin(context.TypeInfo.ParentType, selectionSet))
        {
            context.ReportError(
                $"Fields \"{conflict.ResponseName}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }

        return true;
    }
}

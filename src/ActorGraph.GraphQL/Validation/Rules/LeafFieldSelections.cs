using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.3 Leaf Field Selections: fields of scalar or enum type have no selection set; fields of object,
/// interface or union type have one with at least one selection.
/// </summary>
public sealed class LeafFieldSelections : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.Field];

    public override bool Enter(Node node, ValidationContext context)
    {
        var field = (FieldNode)node;
        if (context.TypeInfo.Type is not { } type)
        {
            return true;
        }

        var name = field.Name.Value;
        if (type.GetNamedType().IsLeafType())
        {
            if (field.SelectionSet is { } selectionSet)
            {
                context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            context.ReportError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}

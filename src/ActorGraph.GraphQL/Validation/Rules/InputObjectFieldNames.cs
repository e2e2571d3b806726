using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.6.2 Input Object Field Names: every field of an input object literal is defined by its type.</summary>
public sealed class InputObjectFieldNames : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.ListValue, NodeKind.ObjectValue, NodeKind.ObjectField];

    public override bool Enter(Node node, ValidationContext context)
    {
        var info = context.TypeInfo;
        if (node is not ObjectFieldNode field)
        {
            return !MisplacedValues.IsMisplaced(node, info);
        }

        if (info.InputType is null && info.ParentInputType?.GetNamedType() is InputObjectType parentType)
        {
            context.ReportError($"Field \"{field.Name.Value}\" is not defined by type \"{parentType.Name}\".", field);
        }

        return true;
    }
}

using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.6.4 Input Object Required Fields: an input object literal gives every non-null field that has no default.</summary>
public sealed class InputObjectRequiredFields : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.ListValue, NodeKind.ObjectValue];

    public override bool Enter(Node node, ValidationContext context)
    {
        if (MisplacedValues.IsMisplaced(node, context.TypeInfo))
        {
            return false;
        }

        if (node is ObjectValueNode value && context.TypeInfo.InputType?.GetNamedType() is InputObjectType type)
        {
            foreach (var field in type.Fields)
            {
                if (field.IsRequired() && !value.Fields.Any(f => f.Name.Value == field.Name))
                {
                    context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", value);
                }
            }
        }

        return true;
    }
}

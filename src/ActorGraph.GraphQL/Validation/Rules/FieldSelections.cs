using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.3.1 Field Selections: every selected field is defined on the type in scope (meta-fields included).</summary>
public sealed class FieldSelections : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.Field];

    public override bool Enter(Node node, ValidationContext context)
    {
        if (context.TypeInfo.ParentType is { } parentType && context.TypeInfo.FieldDefinition is null)
        {
            var name = ((FieldNode)node).Name.Value;
            var definedOn = context.Schema.GetPossibleTypes(parentType).Where(t => t.GetField(name) is not null).Select(t => $"\"{t.Name}\"").ToList();
            var hint = definedOn.Count > 0 ? $" Did you mean to use an inline fragment on {string.Join(", ", definedOn)}?" : string.Empty;
            context.ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\".{hint}", node);
        }

        return true;
    }
}

using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.8.2 Variables Are Input Types: a variable's type is a known scalar, enum or input object type (possibly wrapped).</summary>
public sealed class VariablesAreInputTypes : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.VariableDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        var definition = (VariableDefinitionNode)node;
        var named = NamedTypeOf(definition.Type);
        if (!context.IsKnownTypeName(named.Name.Value))
        {
            context.ReportError($"Unknown type \"{named.Name.Value}\".", named);
        }
        else if (TypeHelpers.TypeFromAst(context.Schema, definition.Type) is { } type && !type.IsInputType())
        {
            context.ReportError($"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{AstPrinter.Print(definition.Type)}\".", definition.Type);
        }

        return true;
    }

    private static NamedTypeNode NamedTypeOf(TypeNode type) => type switch
    {
        NamedTypeNode named => named,
        ListTypeNode list => NamedTypeOf(list.Type),
        _ => NamedTypeOf(((NonNullTypeNode)type).Type),
    };
}

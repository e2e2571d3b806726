using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.3 Directives Are Unique Per Location: a directive that is not repeatable appears at most once on a
/// node. As graphql-js, a type's definition and its extensions (and the schema's) count as one location, and
/// each repeat is one error located at the first use and the repeat.
/// </summary>
public sealed class DirectivesAreUniquePerLocation : ValidationRule
{
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _byTypeName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _onSchema = new(StringComparer.Ordinal);

    public override IReadOnlyList<NodeKind> Visits { get; } =
    [
        NodeKind.OperationDefinition, NodeKind.VariableDefinition, NodeKind.Field, NodeKind.FragmentSpread, NodeKind.InlineFragment,
        NodeKind.FragmentDefinition, NodeKind.SchemaDefinition, NodeKind.SchemaExtension, NodeKind.ScalarTypeDefinition,
        NodeKind.ObjectTypeDefinition, NodeKind.FieldDefinition, NodeKind.InputValueDefinition, NodeKind.InterfaceTypeDefinition,
        NodeKind.UnionTypeDefinition, NodeKind.EnumTypeDefinition, NodeKind.EnumValueDefinition, NodeKind.InputObjectTypeDefinition,
        NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeExtension,
        NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension,
    ];

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives)
        {
            return true;
        }

        var seen = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => _onSchema,
            TypeDefinitionNode type => SeenOnType(type.Name.Value),
            TypeExtensionNode extension => SeenOnType(extension.Name.Value),
            _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
        };
        foreach (var directive in withDirectives.Directives)
        {
            var name = directive.Name.Value;
            if (!IsUnique(context, name))
            {
                continue;
            }

            if (!seen.TryAdd(name, directive))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", seen[name], directive);
            }
        }

        return true;
    }

    private Dictionary<string, DirectiveNode> SeenOnType(string typeName)
    {
        if (!_byTypeName.TryGetValue(typeName, out var seen))
        {
            _byTypeName[typeName] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        return seen;
    }

    private static bool IsUnique(ValidationContext context, string name) =>
        context.GetDocumentDirective(name) is { } local ? !local.Repeatable : context.Schema.GetDirective(name) is { IsRepeatable: false };
}

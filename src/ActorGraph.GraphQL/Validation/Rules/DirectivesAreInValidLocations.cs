using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.7.2 Directives Are In Valid Locations: a directive is used only where its definition allows it.</summary>
public sealed class DirectivesAreInValidLocations : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.Directive];

    public override bool Enter(Node node, ValidationContext context)
    {
        var name = ((DirectiveNode)node).Name.Value;
        var path = context.Ancestors;
        if (LocationOf(path) is not { } location)
        {
            return true;
        }

        var allowed = context.GetDocumentDirective(name) is { } local
            ? local.Locations.Any(l => l.Value == location.ToSpecName())
            : context.Schema.GetDirective(name)?.Locations.Contains(location);
        if (allowed == false)
        {
            context.ReportError($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", node);
        }

        return true;
    }

    /// <summary>The location of the node the directive is applied to (its parent in the walk).</summary>
    private static DirectiveLocation? LocationOf(IReadOnlyList<Node> path) => path[^1] switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        },
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
        InputValueDefinitionNode => path[^2] is InputObjectTypeDefinitionNode ? DirectiveLocation.InputFieldDefinition : DirectiveLocation.ArgumentDefinition,
        _ => null,
    };
}

using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Utilities.SchemaValidation;

public sealed partial class SdlDocumentValidator
{
    private void CheckKnownDirective(DirectiveNode directive)
    {
        var name = directive.Name.Value;
        if (!_directives.TryGetValue(name, out var shape))
        {
            Report($"Unknown directive \"@{name}\".", directive);
            return;
        }

        if (LocationOfDirectiveOwner() is { } location && !shape.Locations.Contains(location))
        {
            Report($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", directive);
        }
    }

    private void CheckKnownArguments(DirectiveNode directive)
    {
        if (!_directives.TryGetValue(directive.Name.Value, out var shape))
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            if (!shape.ArgumentNames.Contains(argument.Name.Value))
            {
                Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name.Value}\".", argument);
            }
        }
    }

    private void CheckRequiredArguments(DirectiveNode directive)
    {
        if (!_directives.TryGetValue(directive.Name.Value, out var shape))
        {
            return;
        }

        foreach (var (name, type) in shape.RequiredArguments)
        {
            if (directive.Arguments.All(a => a.Name.Value != name))
            {
                Report($"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", directive);
            }
        }
    }

    private void CheckDirectivesUniqueHere(Node owner, IReadOnlyList<DirectiveNode> directives)
    {
        var seen = owner switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives,
            TypeDefinitionNode type => TypeDirectives(type.Name.Value),
            TypeExtensionNode type => TypeDirectives(type.Name.Value),
            _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
        };
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var shape) || shape.IsRepeatable)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var existing))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", existing, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    private Dictionary<string, DirectiveNode> TypeDirectives(string typeName)
    {
        if (!_typeDirectives.TryGetValue(typeName, out var seen))
        {
            _typeDirectives[typeName] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        return seen;
    }

    // The directive being entered belongs to the last ancestor; input values need their grandparent.
    private DirectiveLocation? LocationOfDirectiveOwner()
    {
        var owner = Ancestors[^1];
        return owner switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
            InputValueDefinitionNode => Ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? DirectiveLocation.InputFieldDefinition
                : DirectiveLocation.ArgumentDefinition,
            _ => null,
        };
    }
}

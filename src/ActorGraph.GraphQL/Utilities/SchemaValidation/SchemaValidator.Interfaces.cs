using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Utilities.SchemaValidation;

public sealed partial class SchemaValidator
{
    private void ValidateInterfaces(ComplexOutputType type)
    {
        foreach (var (_, node, invalid) in _problems.InvalidReferences.Where(r => r.OwnerName == type.Name))
        {
            Report($"Type {type.Name} must only implement Interface types, it cannot implement {invalid.Name}.", node);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", [.. ImplementsNodes(type, iface)]);
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                Report($"Type {type.Name} can only implement {iface.Name} once.", [.. ImplementsNodes(type, iface)]);
                continue;
            }

            ValidateImplementsAncestors(type, iface);
            ValidateImplementsInterface(type, iface);
        }
    }

    private void ValidateImplementsInterface(ComplexOutputType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                Report(
                    $"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    [ifaceField.AstNode, type.AstNode, .. type.ExtensionAstNodes]);
                continue;
            }

            if (!TypeHelpers.IsTypeSubTypeOf(_schema, typeField.Type, ifaceField.Type))
            {
                Report(
                    $"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(ifaceArgument.Name);
                if (typeArgument is null)
                {
                    Report(
                        $"Interface field argument {iface.Name}.{fieldName}({ifaceArgument.Name}:) expected but {type.Name}.{fieldName} does not provide it.",
                        ifaceArgument.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!TypeHelpers.IsEqualType(ifaceArgument.Type, typeArgument.Type))
                {
                    Report(
                        $"Interface field argument {iface.Name}.{fieldName}({ifaceArgument.Name}:) expects type {ifaceArgument.Type} but {type.Name}.{fieldName}({ifaceArgument.Name}:) is type {typeArgument.Type}.",
                        ifaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (typeArgument.IsRequired() && ifaceField.GetArgument(typeArgument.Name) is null)
                {
                    Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArgument.AstNode,
                        ifaceField.AstNode);
                }
            }
        }
    }

    private void ValidateImplementsAncestors(ComplexOutputType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (type.Interfaces.Contains(transitive))
            {
                continue;
            }

            var message = ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.";
            Report(message, [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]);
        }
    }

    private static IEnumerable<Node> ImplementsNodes(ComplexOutputType type, InterfaceType iface) =>
        new Node?[] { type.AstNode }.Concat(type.ExtensionAstNodes)
            .SelectMany(n => n switch
            {
                ObjectTypeDefinitionNode d => d.Interfaces,
                InterfaceTypeDefinitionNode d => d.Interfaces,
                ObjectTypeExtensionNode e => e.Interfaces,
                InterfaceTypeExtensionNode e => e.Interfaces,
                _ => [],
            })
            .Where(i => i.Name.Value == iface.Name);
}

using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Utilities.SchemaValidation;

public sealed partial class SdlDocumentValidator
{
    // Unique field, enum value and argument definition names, across a type's definition and extensions.
    private void CheckMemberNames(Node typeNode)
    {
        switch (typeNode)
        {
            case ObjectTypeDefinitionNode n: CheckFields(n.Name.Value, n.Fields); break;
            case ObjectTypeExtensionNode n: CheckFields(n.Name.Value, n.Fields); break;
            case InterfaceTypeDefinitionNode n: CheckFields(n.Name.Value, n.Fields); break;
            case InterfaceTypeExtensionNode n: CheckFields(n.Name.Value, n.Fields); break;
            case InputObjectTypeDefinitionNode n: CheckUnique(_fieldNames, n.Name.Value, n.Fields.Select(f => f.Name), "Field"); break;
            case InputObjectTypeExtensionNode n: CheckUnique(_fieldNames, n.Name.Value, n.Fields.Select(f => f.Name), "Field"); break;
            case EnumTypeDefinitionNode n: CheckUnique(_enumValueNames, n.Name.Value, n.Values.Select(v => v.Name), "Enum value"); break;
            case EnumTypeExtensionNode n: CheckUnique(_enumValueNames, n.Name.Value, n.Values.Select(v => v.Name), "Enum value"); break;
        }
    }

    private void CheckFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
    {
        CheckUnique(_fieldNames, typeName, fields.Select(f => f.Name), "Field");
        foreach (var field in fields)
        {
            CheckArgumentDefinitions($"{typeName}.{field.Name.Value}", field.Arguments);
        }
    }

    private void CheckUnique(Dictionary<string, Dictionary<string, NameNode>> seenByType, string typeName, IEnumerable<NameNode> names, string what)
    {
        if (!seenByType.TryGetValue(typeName, out var seen))
        {
            seenByType[typeName] = seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        }

        foreach (var name in names)
        {
            if (seen.TryGetValue(name.Value, out var existing))
            {
                Report($"{what} \"{typeName}.{name.Value}\" can only be defined once.", existing, name);
            }
            else
            {
                seen[name.Value] = name;
            }
        }
    }

    private void CheckArgumentDefinitions(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            Report($"Argument \"{parentName}({group.Key}:)\" can only be defined once.", [.. group.Select(a => a.Name)]);
        }
    }

    private void CheckUniqueArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            Report($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => a.Name)]);
        }
    }

    private void CheckInputFieldName(ObjectFieldNode field)
    {
        if (!_inputFieldNames.TryPeek(out var seen))
        {
            return;
        }

        if (seen.TryGetValue(field.Name.Value, out var existing))
        {
            Report($"There can be only one input field named \"{field.Name.Value}\".", existing, field.Name);
        }
        else
        {
            seen[field.Name.Value] = field.Name;
        }
    }

    private void CheckExtensionTarget(TypeExtensionNode extension)
    {
        var name = extension.Name.Value;
        if (!_definedTypes.TryGetValue(name, out var definition))
        {
            Report($"Cannot extend type \"{name}\" because it is not defined.", extension.Name);
            return;
        }

        var (expected, kindName) = extension switch
        {
            ScalarTypeExtensionNode => (NodeKind.ScalarTypeDefinition, "scalar"),
            ObjectTypeExtensionNode => (NodeKind.ObjectTypeDefinition, "object"),
            InterfaceTypeExtensionNode => (NodeKind.InterfaceTypeDefinition, "interface"),
            UnionTypeExtensionNode => (NodeKind.UnionTypeDefinition, "union"),
            EnumTypeExtensionNode => (NodeKind.EnumTypeDefinition, "enum"),
            _ => (NodeKind.InputObjectTypeDefinition, "input object"),
        };
        if (definition.Kind != expected)
        {
            Report($"Cannot extend non-{kindName} type \"{name}\".", definition, extension);
        }
    }
}

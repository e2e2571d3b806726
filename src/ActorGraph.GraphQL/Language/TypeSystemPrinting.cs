namespace ActorGraph.GraphQL.Language;

/// <summary>The type-system half of <see cref="AstPrinter"/>: definitions and extensions.</summary>
internal static class TypeSystemPrinting
{
    public static void Write(AstPrinter p, Node node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                p.WriteDescription(schema.Description);
                p.Append("schema");
                p.WriteDirectives(schema.Directives);
                p.Append(" ");
                p.WriteBlock(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                p.Append("extend schema");
                p.WriteDirectives(schema.Directives);
                if (schema.OperationTypes.Count > 0)
                {
                    p.Append(" ");
                    p.WriteBlock(schema.OperationTypes);
                }

                break;
            case ScalarTypeDefinitionNode scalar:
                WriteHeader(p, scalar.Description, "scalar", scalar.Name, scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalar:
                WriteHeader(p, null, "extend scalar", scalar.Name, scalar.Directives);
                break;
            case ObjectTypeDefinitionNode type:
                WriteComposite(p, type.Description, "type", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case ObjectTypeExtensionNode type:
                WriteComposite(p, null, "extend type", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case InterfaceTypeDefinitionNode type:
                WriteComposite(p, type.Description, "interface", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case InterfaceTypeExtensionNode type:
                WriteComposite(p, null, "extend interface", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WriteHeader(p, union.Description, "union", union.Name, union.Directives);
                WriteUnionMembers(p, union.Types);
                break;
            case UnionTypeExtensionNode union:
                WriteHeader(p, null, "extend union", union.Name, union.Directives);
                WriteUnionMembers(p, union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteHeader(p, enumType.Description, "enum", enumType.Name, enumType.Directives);
                WriteOptionalBlock(p, enumType.Values);
                break;
            case EnumTypeExtensionNode enumType:
                WriteHeader(p, null, "extend enum", enumType.Name, enumType.Directives);
                WriteOptionalBlock(p, enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                WriteHeader(p, input.Description, "input", input.Name, input.Directives);
                WriteOptionalBlock(p, input.Fields);
                break;
            case InputObjectTypeExtensionNode input:
                WriteHeader(p, null, "extend input", input.Name, input.Directives);
                WriteOptionalBlock(p, input.Fields);
                break;
            case FieldDefinitionNode field:
                p.WriteDescription(field.Description);
                p.WriteNode(field.Name);
                WriteArgumentDefinitions(p, field.Arguments);
                p.Append(": ");
                p.WriteNode(field.Type);
                p.WriteDirectives(field.Directives);
                break;
            case InputValueDefinitionNode input:
                p.WriteDescription(input.Description);
                p.WriteNode(input.Name);
                p.Append(": ");
                p.WriteNode(input.Type);
                if (input.DefaultValue is not null)
                {
                    p.Append(" = ");
                    p.WriteNode(input.DefaultValue);
                }

                p.WriteDirectives(input.Directives);
                break;
            case EnumValueDefinitionNode value:
                p.WriteDescription(value.Description);
                p.WriteNode(value.Name);
                p.WriteDirectives(value.Directives);
                break;
            case DirectiveDefinitionNode directive:
                p.WriteDescription(directive.Description);
                p.Append("directive @");
                p.WriteNode(directive.Name);
                WriteArgumentDefinitions(p, directive.Arguments);
                p.Append(directive.Repeatable ? " repeatable on " : " on ");
                p.WriteList(directive.Locations, " | ");
                break;
            default:
                throw new ArgumentException($"Cannot print node of kind {node.Kind}.", nameof(node));
        }
    }

    private static void WriteHeader(AstPrinter p, StringValueNode? description, string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        p.WriteDescription(description);
        p.Append(keyword);
        p.Append(" ");
        p.WriteNode(name);
        p.WriteDirectives(directives);
    }

    private static void WriteComposite(
        AstPrinter p,
        StringValueNode? description,
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        p.WriteDescription(description);
        p.Append(keyword);
        p.Append(" ");
        p.WriteNode(name);
        if (interfaces.Count > 0)
        {
            p.Append(" implements ");
            p.WriteList(interfaces, " & ");
        }

        p.WriteDirectives(directives);
        WriteOptionalBlock(p, fields);
    }

    private static void WriteUnionMembers(AstPrinter p, IReadOnlyList<NamedTypeNode> types)
    {
        if (types.Count > 0)
        {
            p.Append(" = ");
            p.WriteList(types, " | ");
        }
    }

    private static void WriteOptionalBlock<T>(AstPrinter p, IReadOnlyList<T> nodes)
        where T : Node
    {
        if (nodes.Count > 0)
        {
            p.Append(" ");
            p.WriteBlock(nodes);
        }
    }

    // Arguments go one per line when any of them has a description, as graphql-js prints them.
    private static void WriteArgumentDefinitions(AstPrinter p, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        if (!arguments.Any(a => a.Description is not null))
        {
            p.Append("(");
            p.WriteList(arguments, ", ");
            p.Append(")");
            return;
        }

        p.Append("(");
        p.Indent();
        foreach (var argument in arguments)
        {
            p.NewLine();
            p.WriteNode(argument);
        }

        p.Dedent();
        p.NewLine();
        p.Append(")");
    }
}

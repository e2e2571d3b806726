using System.Text;

namespace ActorGraph.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text in graphql-js's layout. The output parses back to the same AST;
/// block strings stay block strings when that is safe, otherwise they are printed as plain strings.
/// </summary>
public sealed class AstPrinter
{
    private readonly StringBuilder _out = new();
    private int _indent;

    private AstPrinter()
    {
    }

    public static string Print(Node node)
    {
        var printer = new AstPrinter();
        printer.Write(node);
        return printer._out.ToString();
    }

    private void Write(Node? node)
    {
        switch (node)
        {
            case null: return;
            case NameNode name: _out.Append(name.Value); break;
            case DocumentNode document: WriteList(document.Definitions, "\n\n"); break;
            case OperationDefinitionNode operation: WriteOperation(operation); break;
            case VariableDefinitionNode variable: WriteVariableDefinition(variable); break;
            case SelectionSetNode selectionSet: WriteBlock(selectionSet.Selections); break;
            case FieldNode field: WriteField(field); break;
            case ArgumentNode argument: Write(argument.Name); _out.Append(": "); Write(argument.Value); break;
            case FragmentSpreadNode spread: _out.Append("..."); Write(spread.Name); WriteDirectives(spread.Directives); break;
            case InlineFragmentNode inline: WriteInlineFragment(inline); break;
            case FragmentDefinitionNode fragment: WriteFragmentDefinition(fragment); break;
            case ValueNode value: WriteValue(value); break;
            case ObjectFieldNode objectField: Write(objectField.Name); _out.Append(": "); Write(objectField.Value); break;
            case DirectiveNode directive: WriteDirective(directive); break;
            case NamedTypeNode namedType: Write(namedType.Name); break;
            case ListTypeNode listType: _out.Append('['); Write(listType.Type); _out.Append(']'); break;
            case NonNullTypeNode nonNull: Write(nonNull.Type); _out.Append('!'); break;
            case OperationTypeDefinitionNode operationType:
                _out.Append(OperationName(operationType.Operation)).Append(": ");
                Write(operationType.Type);
                break;
            default: TypeSystemPrinting.Write(this, node); break;
        }
    }

    private void WriteOperation(OperationDefinitionNode operation)
    {
        var isShorthand = operation.Operation == OperationType.Query && operation.Description is null && operation.Name is null
            && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0;
        if (!isShorthand)
        {
            WriteDescription(operation.Description);
            _out.Append(OperationName(operation.Operation));
            if (operation.Name is not null)
            {
                _out.Append(' ');
                Write(operation.Name);
            }

            if (operation.VariableDefinitions.Count > 0)
            {
                if (operation.Name is null)
                {
                    _out.Append(' ');
                }

                WriteVariableDefinitions(operation.VariableDefinitions);
            }

            WriteDirectives(operation.Directives);
            _out.Append(' ');
        }

        Write(operation.SelectionSet);
    }

    /// <summary>
    /// Writes "($a: A, $b: B)", or, as graphql-js does when any definition spans several lines (a description
    /// or a block string), one definition per line between "(" and ")" on their own lines.
    /// </summary>
    private void WriteVariableDefinitions(IReadOnlyList<VariableDefinitionNode> definitions)
    {
        var start = _out.Length;
        _out.Append('(');
        WriteList(definitions, ", ");
        if (!ContainsLineBreak(start))
        {
            _out.Append(')');
            return;
        }

        _out.Length = start;
        _out.Append("(\n");
        WriteList(definitions, "\n");
        _out.Append("\n)");
    }

    private bool ContainsLineBreak(int from)
    {
        for (var i = from; i < _out.Length; i++)
        {
            if (_out[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    private void WriteVariableDefinition(VariableDefinitionNode variable)
    {
        WriteDescription(variable.Description);
        Write(variable.Variable);
        _out.Append(": ");
        Write(variable.Type);
        if (variable.DefaultValue is not null)
        {
            _out.Append(" = ");
            Write(variable.DefaultValue);
        }

        WriteDirectives(variable.Directives);
    }

    private void WriteField(FieldNode field)
    {
        if (field.Alias is not null)
        {
            Write(field.Alias);
            _out.Append(": ");
        }

        Write(field.Name);
        WriteArguments(field.Arguments);
        WriteDirectives(field.Directives);
        if (field.SelectionSet is not null)
        {
            _out.Append(' ');
            Write(field.SelectionSet);
        }
    }

    private void WriteInlineFragment(InlineFragmentNode inline)
    {
        _out.Append("...");
        if (inline.TypeCondition is not null)
        {
            _out.Append(" on ");
            Write(inline.TypeCondition);
        }

        WriteDirectives(inline.Directives);
        _out.Append(' ');
        Write(inline.SelectionSet);
    }

    private void WriteFragmentDefinition(FragmentDefinitionNode fragment)
    {
        WriteDescription(fragment.Description);
        _out.Append("fragment ");
        Write(fragment.Name);
        _out.Append(" on ");
        Write(fragment.TypeCondition);
        WriteDirectives(fragment.Directives);
        _out.Append(' ');
        Write(fragment.SelectionSet);
    }

    private void WriteValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable: _out.Append('$'); Write(variable.Name); break;
            case IntValueNode intValue: _out.Append(intValue.Value); break;
            case FloatValueNode floatValue: _out.Append(floatValue.Value); break;
            case StringValueNode stringValue: WriteString(stringValue); break;
            case BooleanValueNode boolean: _out.Append(boolean.Value ? "true" : "false"); break;
            case NullValueNode: _out.Append("null"); break;
            case EnumValueNode enumValue: _out.Append(enumValue.Value); break;
            case ListValueNode list: _out.Append('['); WriteList(list.Values, ", "); _out.Append(']'); break;
            case ObjectValueNode obj: _out.Append('{'); WriteList(obj.Fields, ", "); _out.Append('}'); break;
            default: throw new ArgumentException($"Unknown value node {value.Kind}.", nameof(value));
        }
    }

    private void WriteString(StringValueNode node)
    {
        if (node.Block && BlockString.IsPrintableAsBlockString(node.Value))
        {
            AppendIndented(BlockString.Print(node.Value));
        }
        else
        {
            StringPrinter.Append(_out, node.Value);
        }
    }

    private void WriteDirective(DirectiveNode directive)
    {
        _out.Append('@');
        Write(directive.Name);
        WriteArguments(directive.Arguments);
    }

    internal void WriteArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count > 0)
        {
            _out.Append('(');
            WriteList(arguments, ", ");
            _out.Append(')');
        }
    }

    /// <summary>Writes " @a @b" (with the leading space) when there are directives.</summary>
    internal void WriteDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            _out.Append(' ');
            Write(directive);
        }
    }

    internal void WriteList<T>(IReadOnlyList<T> nodes, string separator)
        where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                AppendIndented(separator);
            }

            Write(nodes[i]);
        }
    }

    /// <summary>Writes "{", the items one per line one level deeper, and "}".</summary>
    internal void WriteBlock<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        _out.Append('{');
        _indent++;
        foreach (var node in nodes)
        {
            NewLine();
            Write(node);
        }

        _indent--;
        NewLine();
        _out.Append('}');
    }

    internal void WriteNode(Node? node) => Write(node);

    internal void Append(string text) => _out.Append(text);

    /// <summary>Writes a description followed by a line break, at the current indentation.</summary>
    internal void WriteDescription(StringValueNode? description)
    {
        if (description is not null)
        {
            WriteString(description);
            NewLine();
        }
    }

    internal void Indent() => _indent++;

    internal void Dedent() => _indent--;

    internal void NewLine() => _out.Append('\n').Append(' ', _indent * 2);

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private void AppendIndented(string text)
    {
        if (_indent == 0 || !text.Contains('\n', StringComparison.Ordinal))
        {
            _out.Append(text);
            return;
        }

        _out.Append(text.Replace("\n", "\n" + new string(' ', _indent * 2), StringComparison.Ordinal));
    }
}

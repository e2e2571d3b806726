using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the schema types in scope: the output type and parent composite type
/// of selections, the field, directive and argument being visited, and the input type expected by values.
/// Unknown names give null entries rather than errors (the rules report those).
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _types = [];
    private readonly List<NamedType?> _parentTypes = [];
    private readonly List<GraphQLType?> _inputTypes = [];
    private readonly List<FieldDefinition?> _fields = [];
    private readonly List<bool> _defaults = [];

    /// <summary>The output type of the field, fragment or operation being visited.</summary>
    public GraphQLType? Type => Last(_types);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? ParentType => Last(_parentTypes);

    /// <summary>The input type expected by the value being visited.</summary>
    public GraphQLType? InputType => Last(_inputTypes);

    /// <summary>The input type of the list or object value (or argument) enclosing the value being visited.</summary>
    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes[^2] : null;

    public FieldDefinition? FieldDefinition => Last(_fields);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    /// <summary>True when the argument or input field being visited has a default value.</summary>
    public bool HasDefaultValue => _defaults.Count > 0 && _defaults[^1];

    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypes.Add(Type?.GetNamedType() is { } named && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var definition = ParentType is { } parent ? TypeHelpers.GetFieldDefinition(schema, parent, field.Name.Value) : null;
                _fields.Add(definition);
                _types.Add(definition?.Type);
                break;
            case DirectiveNode directive:
                Directive = schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _types.Add(schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                EnterFragment(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                EnterFragment(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                _inputTypes.Add(AsInputType(TypeHelpers.TypeFromAst(schema, variable.Type)));
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = InputType?.GetNullableType();
                _defaults.Add(false);
                _inputTypes.Add(AsInputType(listType is ListType list ? list.OfType : listType));
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.GetNamedType() as InputObjectType)?.GetField(objectField.Name.Value);
                _defaults.Add(inputField?.HasDefaultValue ?? false);
                _inputTypes.Add(AsInputType(inputField?.Type));
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypes);
                break;
            case FieldNode:
                Pop(_fields);
                Pop(_types);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_types);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypes);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaults);
                Pop(_inputTypes);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaults);
                Pop(_inputTypes);
                break;
        }
    }

    private void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.GetNamedType() : TypeHelpers.TypeFromAst(schema, typeCondition);
        _types.Add(type is not null && type.IsOutputType() ? type : null);
    }

    private void EnterArgument(ArgumentNode argument)
    {
        var definition = Directive is { } directive
            ? directive.GetArgument(argument.Name.Value)
            : FieldDefinition?.GetArgument(argument.Name.Value);
        Argument = definition;
        _defaults.Add(definition?.HasDefaultValue ?? false);
        _inputTypes.Add(AsInputType(definition?.Type));
    }

    private static GraphQLType? AsInputType(GraphQLType? type) => type is not null && type.IsInputType() ? type : null;

    private static T? Last<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}

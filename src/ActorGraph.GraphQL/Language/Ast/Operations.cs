namespace ActorGraph.GraphQL.Language;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public sealed class OperationDefinitionNode(
    StringValueNode? description,
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location = default)
    : ExecutableDefinitionNode(description, name, directives, selectionSet, location)
{
    public OperationType Operation { get; } = operation;

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    public override NodeKind Kind => NodeKind.OperationDefinition;
}

public sealed class VariableDefinitionNode(
    StringValueNode? description,
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location location = default)
    : Node(location), IHasDirectives
{
    public StringValueNode? Description { get; } = description;

    public VariableNode Variable { get; } = variable;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override NodeKind Kind => NodeKind.VariableDefinition;
}

public sealed class FragmentDefinitionNode(
    StringValueNode? description,
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location = default)
    : ExecutableDefinitionNode(description, name, directives, selectionSet, location)
{
    public new NameNode Name => base.Name!;

    public NamedTypeNode TypeCondition { get; } = typeCondition;

    public override NodeKind Kind => NodeKind.FragmentDefinition;
}

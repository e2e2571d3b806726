namespace ActorGraph.GraphQL.Language;

public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location location = default) : Node(location)
{
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;

    public override NodeKind Kind => NodeKind.SelectionSet;
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode(IReadOnlyList<DirectiveNode> directives, Location location) : Node(location), IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet,
    Location location = default)
    : SelectionNode(directives, location)
{
    public NameNode? Alias { get; } = alias;

    public NameNode Name { get; } = name;

    /// <summary>The key of this field in the response: the alias if any, else the name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    public override NodeKind Kind => NodeKind.Field;
}

public sealed class ArgumentNode(NameNode name, ValueNode value, Location location = default) : Node(location)
{
    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;

    public override NodeKind Kind => NodeKind.Argument;
}

public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location = default)
    : SelectionNode(directives, location)
{
    public NameNode Name { get; } = name;

    public override NodeKind Kind => NodeKind.FragmentSpread;
}

public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location = default)
    : SelectionNode(directives, location)
{
    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    public SelectionSetNode SelectionSet { get; } = selectionSet;

    public override NodeKind Kind => NodeKind.InlineFragment;
}

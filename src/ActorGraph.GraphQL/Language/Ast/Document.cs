namespace ActorGraph.GraphQL.Language;

public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location location = default) : Node(location)
{
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;

    public override NodeKind Kind => NodeKind.Document;
}

/// <summary>Any top-level definition of a document.</summary>
public abstract class DefinitionNode(Location location) : Node(location);

/// <summary>An operation or a fragment definition.</summary>
public abstract class ExecutableDefinitionNode(
    StringValueNode? description,
    NameNode? name,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location)
    : DefinitionNode(location), IHasDirectives
{
    public StringValueNode? Description { get; } = description;

    public NameNode? Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

/// <summary>A schema definition, type definition or directive definition.</summary>
public abstract class TypeSystemDefinitionNode(StringValueNode? description, Location location) : DefinitionNode(location)
{
    public StringValueNode? Description { get; } = description;
}

/// <summary>A schema extension or type extension.</summary>
public abstract class TypeSystemExtensionNode(IReadOnlyList<DirectiveNode> directives, Location location)
    : DefinitionNode(location), IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

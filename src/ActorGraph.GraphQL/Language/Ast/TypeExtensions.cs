namespace ActorGraph.GraphQL.Language;

public sealed class SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location location = default)
    : TypeSystemExtensionNode(directives, location)
{
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;

    public override NodeKind Kind => NodeKind.SchemaExtension;
}

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location)
    : TypeSystemExtensionNode(directives, location)
{
    public NameNode Name { get; } = name;
}

public sealed class ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location = default)
    : TypeExtensionNode(name, directives, location)
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

public sealed class ObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location = default)
    : TypeExtensionNode(name, directives, location)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    public override NodeKind Kind => NodeKind.ObjectTypeExtension;
}

public sealed class InterfaceTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location = default)
    : TypeExtensionNode(name, directives, location)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;
}

public sealed class UnionTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location location = default)
    : TypeExtensionNode(name, directives, location)
{
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;

    public override NodeKind Kind => NodeKind.UnionTypeExtension;
}

public sealed class EnumTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location location = default)
    : TypeExtensionNode(name, directives, location)
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;

    public override NodeKind Kind => NodeKind.EnumTypeExtension;
}

public sealed class InputObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location location = default)
    : TypeExtensionNode(name, directives, location)
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;

    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;
}

namespace ActorGraph.GraphQL.Language;

public sealed class SchemaDefinitionNode(
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location location = default)
    : TypeSystemDefinitionNode(description, location), IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;

    public override NodeKind Kind => NodeKind.SchemaDefinition;
}

public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location location = default) : Node(location)
{
    public OperationType Operation { get; } = operation;

    public NamedTypeNode Type { get; } = type;

    public override NodeKind Kind => NodeKind.OperationTypeDefinition;
}

/// <summary>A named type definition (scalar, object, interface, union, enum or input object).</summary>
public abstract class TypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location location)
    : TypeSystemDefinitionNode(description, location), IHasDirectives
{
    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class ScalarTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location location = default)
    : TypeDefinitionNode(description, name, directives, location)
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

public sealed class ObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location = default)
    : TypeDefinitionNode(description, name, directives, location)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;
}

public sealed class FieldDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives,
    Location location = default)
    : Node(location), IHasDirectives
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public TypeNode Type { get; } = type;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override NodeKind Kind => NodeKind.FieldDefinition;
}

/// <summary>An argument definition or an input object field definition.</summary>
public sealed class InputValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location location = default)
    : Node(location), IHasDirectives
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override NodeKind Kind => NodeKind.InputValueDefinition;
}

public sealed class InterfaceTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location = default)
    : TypeDefinitionNode(description, name, directives, location)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;
}

public sealed class UnionTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location location = default)
    : TypeDefinitionNode(description, name, directives, location)
{
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;

    public override NodeKind Kind => NodeKind.UnionTypeDefinition;
}

public sealed class EnumTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location location = default)
    : TypeDefinitionNode(description, name, directives, location)
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;

    public override NodeKind Kind => NodeKind.EnumTypeDefinition;
}

public sealed class EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location location = default)
    : Node(location), IHasDirectives
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override NodeKind Kind => NodeKind.EnumValueDefinition;
}

public sealed class InputObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location location = default)
    : TypeDefinitionNode(description, name, directives, location)
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;

    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;
}

public sealed class DirectiveDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations,
    Location location = default)
    : TypeSystemDefinitionNode(description, location)
{
    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public bool Repeatable { get; } = repeatable;

    /// <summary>The location names as written (e.g. FIELD_DEFINITION); the parser accepts only valid ones.</summary>
    public IReadOnlyList<NameNode> Locations { get; } = locations;

    public override NodeKind Kind => NodeKind.DirectiveDefinition;
}

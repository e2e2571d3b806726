namespace ActorGraph.GraphQL.Language;

/// <summary>A reference to a type: named, list or non-null.</summary>
public abstract class TypeNode(Location location) : Node(location);

public sealed class NamedTypeNode(NameNode name, Location location = default) : TypeNode(location)
{
    public NameNode Name { get; } = name;

    public override NodeKind Kind => NodeKind.NamedType;
}

public sealed class ListTypeNode(TypeNode type, Location location = default) : TypeNode(location)
{
    public TypeNode Type { get; } = type;

    public override NodeKind Kind => NodeKind.ListType;
}

public sealed class NonNullTypeNode(TypeNode type, Location location = default) : TypeNode(location)
{
    /// <summary>A named or list type; never another non-null type.</summary>
    public TypeNode Type { get; } = type;

    public override NodeKind Kind => NodeKind.NonNullType;
}

using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Types;

/// <summary>A scalar, object, interface, union, enum or input object type.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description, TypeDefinitionNode? astNode, IReadOnlyList<TypeExtensionNode>? extensionAstNodes)
    {
        Name = name;
        Description = description;
        AstNode = astNode;
        ExtensionAstNodes = extensionAstNodes ?? [];
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>The SDL definition this type was built from, if any.</summary>
    public TypeDefinitionNode? AstNode { get; }

    /// <summary>The SDL extensions applied to this type, in order.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; }

    /// <summary>True for the introspection types of the specification (<c>__Schema</c>, <c>__Type</c>, ...).</summary>
    public bool IsIntrospectionType => Introspection.IntrospectionTypes.All.Contains(this);

    public override string ToString() => Name;
}

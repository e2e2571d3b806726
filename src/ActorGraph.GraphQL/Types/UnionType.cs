using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Types;

public sealed class UnionType(
    string name,
    Func<IEnumerable<ObjectType>> types,
    string? description = null,
    TypeDefinitionNode? astNode = null,
    IReadOnlyList<TypeExtensionNode>? extensionAstNodes = null)
    : NamedType(name, description, astNode, extensionAstNodes)
{
    private readonly Lazy<IReadOnlyList<ObjectType>> _types = new(() => types().ToArray());

    public UnionType(string name, IEnumerable<ObjectType> types, string? description = null)
        : this(name, () => types, description)
    {
    }

    /// <summary>The member object types.</summary>
    public IReadOnlyList<ObjectType> Types => _types.Value;

    public override TypeKind Kind => TypeKind.Union;
}

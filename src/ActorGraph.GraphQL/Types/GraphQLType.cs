namespace ActorGraph.GraphQL.Types;

/// <summary>The kinds of type, as introspection's __TypeKind names them.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>Any type of the schema model: a named type or a list / non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    public abstract TypeKind Kind { get; }

    /// <summary>The type as written in GraphQL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

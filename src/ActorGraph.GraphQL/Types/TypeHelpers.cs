using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Types;

/// <summary>Predicates and relations over types, as the specification and graphql-js define them.</summary>
public static class TypeHelpers
{
    public static NamedType GetNamedType(this GraphQLType type) => type switch
    {
        NamedType named => named,
        ListType list => list.OfType.GetNamedType(),
        NonNullType nonNull => nonNull.OfType.GetNamedType(),
        _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
    };

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static GraphQLType GetNullableType(this GraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNull(this GraphQLType type) => type is NonNullType;

    public static bool IsInputType(this GraphQLType type) => type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    public static bool IsOutputType(this GraphQLType type) => type.GetNamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    public static bool IsLeafType(this GraphQLType type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(this GraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this GraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>True when a non-null input value is required: a non-null type without a default.</summary>
    public static bool IsRequired(this InputValueDefinition input) => input.Type is NonNullType && !input.HasDefaultValue;

    /// <summary>Structural equality of two type references.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => a switch
    {
        _ when ReferenceEquals(a, b) => true,
        NonNullType x => b is NonNullType y && IsEqualType(x.OfType, y.OfType),
        ListType x => b is ListType y && IsEqualType(x.OfType, y.OfType),
        _ => false,
    };

    /// <summary>True when <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected (covariance).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType.IsAbstractType() && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>True when two composite types may both apply to some object (their possible types intersect).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType())
        {
            if (b.IsAbstractType())
            {
                var possible = schema.GetPossibleTypes(b);
                return schema.GetPossibleTypes(a).Any(t => possible.Contains(t));
            }

            return schema.IsSubType(a, b);
        }

        return b.IsAbstractType() && schema.IsSubType(b, a);
    }

    /// <summary>Resolves a type reference of the AST against the schema; null when a named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>
    /// The definition of a field selected on a composite type, including the meta-fields: __typename on
    /// every composite type, __schema and __type on the query root type.
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName == Introspection.IntrospectionTypes.TypeNameField.Name && parentType.IsCompositeType())
        {
            return Introspection.IntrospectionTypes.TypeNameField;
        }

        if (ReferenceEquals(parentType, schema.QueryType))
        {
            if (fieldName == Introspection.IntrospectionTypes.SchemaField.Name)
            {
                return Introspection.IntrospectionTypes.SchemaField;
            }

            if (fieldName == Introspection.IntrospectionTypes.TypeField.Name)
            {
                return Introspection.IntrospectionTypes.TypeField;
            }
        }

        return (parentType as ComplexOutputType)?.GetField(fieldName);
    }
}

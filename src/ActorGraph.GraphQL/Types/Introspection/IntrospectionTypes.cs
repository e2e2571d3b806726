using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Types.Introspection;

/// <summary>
/// The introspection meta-types of the specification (__Schema, __Type, ...) and the meta-fields
/// __schema, __type and __typename, with graphql-js's descriptions and field order.
/// <see cref="IntrospectionResolver"/> computes their field values.
/// </summary>
public static class IntrospectionTypes
{
    // The field thunks below run after every static property is initialised, hence the '!' on forward references.
    private static readonly GraphQLType NonNullString = new NonNullType(BuiltInScalars.String);
    private static readonly GraphQLType NonNullBoolean = new NonNullType(BuiltInScalars.Boolean);

    public static EnumType TypeKind { get; } = new(
        "__TypeKind",
        [
            new EnumValueDefinition("SCALAR", description: "Indicates this type is a scalar."),
            new EnumValueDefinition("OBJECT", description: "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            new EnumValueDefinition("INTERFACE", description: "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            new EnumValueDefinition("UNION", description: "Indicates this type is a union. `possibleTypes` is a valid field."),
            new EnumValueDefinition("ENUM", description: "Indicates this type is an enum. `enumValues` is a valid field."),
            new EnumValueDefinition("INPUT_OBJECT", description: "Indicates this type is an input object. `inputFields` is a valid field."),
            new EnumValueDefinition("LIST", description: "Indicates this type is a list. `ofType` is a valid field."),
            new EnumValueDefinition("NON_NULL", description: "Indicates this type is a non-null. `ofType` is a valid field."),
        ],
        "An enum describing what kind of type a given `__Type` is.");

    public static EnumType DirectiveLocation { get; } = new(
        "__DirectiveLocation",
        Enum.GetValues<Language.DirectiveLocation>().Select(l => new EnumValueDefinition(l.ToSpecName(), description: LocationDescription(l))),
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    public static ObjectType Schema { get; } = new(
        "__Schema",
        () =>
        [
            new FieldDefinition("description", BuiltInScalars.String),
            new FieldDefinition("types", NonNullList(Type!), description: "A list of all types supported by this server."),
            new FieldDefinition("queryType", new NonNullType(Type!), description: "The type that query operations will be rooted at."),
            new FieldDefinition("mutationType", Type!, description: "If this server supports mutation, the type that mutation operations will be rooted at."),
            new FieldDefinition("subscriptionType", Type!, description: "If this server support subscription, the type that subscription operations will be rooted at."),
            new FieldDefinition("directives", NonNullList(Directive!), description: "A list of all directives supported by this server."),
        ],
        description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    public static ObjectType Directive { get; } = new(
        "__Directive",
        () =>
        [
            new FieldDefinition("name", NonNullString),
            new FieldDefinition("description", BuiltInScalars.String),
            new FieldDefinition("isRepeatable", NonNullBoolean),
            new FieldDefinition("locations", NonNullList(DirectiveLocation)),
            new FieldDefinition("args", NonNullList(InputValue!), [IncludeDeprecated()]),
        ],
        description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    public static ObjectType Type { get; } = new(
        "__Type",
        () =>
        [
            new FieldDefinition("kind", new NonNullType(TypeKind)),
            new FieldDefinition("name", BuiltInScalars.String),
            new FieldDefinition("description", BuiltInScalars.String),
            new FieldDefinition("specifiedByURL", BuiltInScalars.String),
            new FieldDefinition("fields", new ListType(new NonNullType(Field!)), [IncludeDeprecated()]),
            new FieldDefinition("interfaces", new ListType(new NonNullType(Type!))),
            new FieldDefinition("possibleTypes", new ListType(new NonNullType(Type!))),
            new FieldDefinition("enumValues", new ListType(new NonNullType(EnumValue!)), [IncludeDeprecated()]),
            new FieldDefinition("inputFields", new ListType(new NonNullType(InputValue!)), [IncludeDeprecated()]),
            new FieldDefinition("ofType", Type!),
            new FieldDefinition("isOneOf", BuiltInScalars.Boolean),
        ],
        description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    public static ObjectType Field { get; } = new(
        "__Field",
        () =>
        [
            new FieldDefinition("name", NonNullString),
            new FieldDefinition("description", BuiltInScalars.String),
            new FieldDefinition("args", NonNullList(InputValue!), [IncludeDeprecated()]),
            new FieldDefinition("type", new NonNullType(Type!)),
            new FieldDefinition("isDeprecated", NonNullBoolean),
            new FieldDefinition("deprecationReason", BuiltInScalars.String),
        ],
        description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    public static ObjectType InputValue { get; } = new(
        "__InputValue",
        () =>
        [
            new FieldDefinition("name", NonNullString),
            new FieldDefinition("description", BuiltInScalars.String),
            new FieldDefinition("type", new NonNullType(Type!)),
            new FieldDefinition("defaultValue", BuiltInScalars.String, description: "A GraphQL-formatted string representing the default value for this input value."),
            new FieldDefinition("isDeprecated", NonNullBoolean),
            new FieldDefinition("deprecationReason", BuiltInScalars.String),
        ],
        description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    public static ObjectType EnumValue { get; } = new(
        "__EnumValue",
        () =>
        [
            new FieldDefinition("name", NonNullString),
            new FieldDefinition("description", BuiltInScalars.String),
            new FieldDefinition("isDeprecated", NonNullBoolean),
            new FieldDefinition("deprecationReason", BuiltInScalars.String),
        ],
        description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static FieldDefinition SchemaField { get; } = new("__schema", new NonNullType(Schema), description: "Access the current type schema of this server.");

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static FieldDefinition TypeField { get; } = new(
        "__type",
        Type,
        [new InputValueDefinition("name", NonNullString)],
        "Request the type information of a single type.");

    /// <summary><c>__typename: String!</c>, available on every composite type.</summary>
    public static FieldDefinition TypeNameField { get; } = new("__typename", NonNullString, description: "The name of the current Object type at runtime.");

    public static IReadOnlyList<NamedType> All { get; } = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];

    public static bool IsIntrospectionTypeName(string name) => All.Any(t => t.Name == name);

    private static NonNullType NonNullList(GraphQLType item) => new(new ListType(new NonNullType(item)));

    private static InputValueDefinition IncludeDeprecated() =>
        new("includeDeprecated", BuiltInScalars.Boolean, defaultValueLiteral: new BooleanValueNode(false));

    private static string LocationDescription(Language.DirectiveLocation location) => location switch
    {
        Language.DirectiveLocation.Query => "Location adjacent to a query operation.",
        Language.DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        Language.DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        Language.DirectiveLocation.Field => "Location adjacent to a field.",
        Language.DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        Language.DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        Language.DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        Language.DirectiveLocation.VariableDefinition => "Location adjacent to a variable definition.",
        Language.DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        Language.DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        Language.DirectiveLocation.Object => "Location adjacent to an object type definition.",
        Language.DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        Language.DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        Language.DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        Language.DirectiveLocation.Union => "Location adjacent to a union definition.",
        Language.DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        Language.DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        Language.DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        _ => "Location adjacent to an input object field definition.",
    };
}

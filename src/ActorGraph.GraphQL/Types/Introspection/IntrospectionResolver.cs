using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Types.Introspection;

/// <summary>
/// Computes the fields of the introspection types over the schema model, so an executor only has to call
/// <see cref="Resolve"/> for fields of types whose name starts with "__". The objects flowing through are
/// the model's own: <see cref="Schema"/> (__Schema), <see cref="GraphQLType"/> (__Type),
/// <see cref="FieldDefinition"/> (__Field), <see cref="InputValueDefinition"/> (__InputValue),
/// <see cref="EnumValueDefinition"/> (__EnumValue) and <see cref="DirectiveDefinition"/> (__Directive);
/// enum fields (kind, locations) yield enum value names.
/// </summary>
public static class IntrospectionResolver
{
    /// <summary>The value of <paramref name="fieldName"/> on an introspection object.</summary>
    /// <param name="arguments">Coerced field arguments (only includeDeprecated is read; missing means false).</param>
    public static object? Resolve(Schema schema, object source, string fieldName, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var includeDeprecated = arguments?.GetValueOrDefault("includeDeprecated") is true;
        return source switch
        {
            Schema s => ResolveSchema(s, fieldName),
            GraphQLType type => ResolveType(schema, type, fieldName, includeDeprecated),
            FieldDefinition field => ResolveField(field, fieldName, includeDeprecated),
            InputValueDefinition input => ResolveInputValue(input, fieldName),
            EnumValueDefinition value => ResolveEnumValue(value, fieldName),
            DirectiveDefinition directive => ResolveDirective(directive, fieldName, includeDeprecated),
            _ => throw new ArgumentException($"{source.GetType().Name} is not an introspection object.", nameof(source)),
        };
    }

    /// <summary>The root field <c>__type(name:)</c>.</summary>
    public static NamedType? ResolveTypeByName(Schema schema, string name) => schema.GetType(name);

    private static object? ResolveSchema(Schema schema, string fieldName) => fieldName switch
    {
        "description" => schema.Description,
        "types" => schema.Types,
        "queryType" => schema.QueryType,
        "mutationType" => schema.MutationType,
        "subscriptionType" => schema.SubscriptionType,
        "directives" => schema.Directives,
        _ => Unknown("__Schema", fieldName),
    };

    private static object? ResolveType(Schema schema, GraphQLType type, string fieldName, bool includeDeprecated) => fieldName switch
    {
        "kind" => KindName(type.Kind),
        "name" => (type as NamedType)?.Name,
        "description" => (type as NamedType)?.Description,
        "specifiedByURL" => (type as ScalarType)?.SpecifiedByUrl,
        "fields" => (type as ComplexOutputType)?.Fields.Where(f => includeDeprecated || !f.IsDeprecated).ToList(),
        "interfaces" => (type as ComplexOutputType)?.Interfaces,
        "possibleTypes" => type is UnionType or InterfaceType ? schema.GetPossibleTypes((NamedType)type) : null,
        "enumValues" => (type as EnumType)?.Values.Where(v => includeDeprecated || !v.IsDeprecated).ToList(),
        "inputFields" => (type as InputObjectType)?.Fields.Where(f => includeDeprecated || !f.IsDeprecated).ToList(),
        "ofType" => type switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        },
        "isOneOf" => type is InputObjectType input ? input.IsOneOf : null,
        _ => Unknown("__Type", fieldName),
    };

    private static object? ResolveField(FieldDefinition field, string fieldName, bool includeDeprecated) => fieldName switch
    {
        "name" => field.Name,
        "description" => field.Description,
        "args" => field.Arguments.Where(a => includeDeprecated || !a.IsDeprecated).ToList(),
        "type" => field.Type,
        "isDeprecated" => field.IsDeprecated,
        "deprecationReason" => field.DeprecationReason,
        _ => Unknown("__Field", fieldName),
    };

    private static object? ResolveInputValue(InputValueDefinition input, string fieldName) => fieldName switch
    {
        "name" => input.Name,
        "description" => input.Description,
        "type" => input.Type,
        "defaultValue" => DefaultValueText(input),
        "isDeprecated" => input.IsDeprecated,
        "deprecationReason" => input.DeprecationReason,
        _ => Unknown("__InputValue", fieldName),
    };

    private static object? ResolveEnumValue(EnumValueDefinition value, string fieldName) => fieldName switch
    {
        "name" => value.Name,
        "description" => value.Description,
        "isDeprecated" => value.IsDeprecated,
        "deprecationReason" => value.DeprecationReason,
        _ => Unknown("__EnumValue", fieldName),
    };

    private static object? ResolveDirective(DirectiveDefinition directive, string fieldName, bool includeDeprecated) => fieldName switch
    {
        "name" => directive.Name,
        "description" => directive.Description,
        "isRepeatable" => directive.IsRepeatable,
        "locations" => directive.Locations.Select(l => l.ToSpecName()).ToList(),
        "args" => directive.Arguments.Where(a => includeDeprecated || !a.IsDeprecated).ToList(),
        _ => Unknown("__Directive", fieldName),
    };

    /// <summary>The default value printed as graphql-js prints it in introspection, or null without a default.</summary>
    public static string? DefaultValueText(InputValueDefinition input)
    {
        if (!input.HasDefaultValue)
        {
            return null;
        }

        var literal = AstFromValue.Convert(input.DefaultValue, input.Type);
        return literal is null ? null : AstPrinter.Print(literal);
    }

    public static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };

    private static object Unknown(string typeName, string fieldName) =>
        throw new ArgumentException($"{typeName} has no field \"{fieldName}\".", nameof(fieldName));
}

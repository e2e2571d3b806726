namespace ActorGraph.GraphQL.Language;

/// <summary>Where a directive may appear, in the specification's order.</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

public static class DirectiveLocations
{
    private static readonly string[] SpecNames =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    /// <summary>The name as written in SDL and introspection, e.g. FIELD_DEFINITION.</summary>
    public static string ToSpecName(this DirectiveLocation location) => SpecNames[(int)location];

    public static bool TryParse(string specName, out DirectiveLocation location)
    {
        var index = Array.IndexOf(SpecNames, specName);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }
}

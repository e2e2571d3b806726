using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Types;

/// <summary>A value of an enum type: its name and the internal value it stands for (by default the name).</summary>
public sealed class EnumValueDefinition(
    string name,
    object? value = null,
    string? description = null,
    string? deprecationReason = null,
    EnumValueDefinitionNode? astNode = null)
{
    public string Name { get; } = name;

    /// <summary>The internal value resolvers produce and consume for this enum value.</summary>
    public object Value { get; } = value ?? name;

    public string? Description { get; } = description;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; } = astNode;

    public override string ToString() => Name;
}

public sealed class EnumType : NamedType
{
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _byValue = [];

    public EnumType(
        string name,
        IEnumerable<EnumValueDefinition> values,
        string? description = null,
        TypeDefinitionNode? astNode = null,
        IReadOnlyList<TypeExtensionNode>? extensionAstNodes = null)
        : base(name, description, astNode, extensionAstNodes)
    {
        Values = values.ToArray();
        foreach (var value in Values)
        {
            _byName.TryAdd(value.Name, value);
            _byValue.TryAdd(value.Value, value);
        }
    }

    public IReadOnlyList<EnumValueDefinition> Values { get; }

    public override TypeKind Kind => TypeKind.Enum;

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Result coercion: an internal value to the enum value's name.</summary>
    public string Serialize(object? value)
    {
        if (value is not null && _byValue.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a variable value: an enum value name to its internal value.</summary>
    public object ParseValue(object? input)
    {
        if (input is not string name)
        {
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {ValueInspector.Inspect(input)}.");
        }

        return GetValue(name)?.Value
            ?? throw new GraphQLError($"Value \"{name}\" does not exist in \"{Name}\" enum.");
    }

    /// <summary>Input coercion of a literal: an enum literal to its internal value.</summary>
    public object ParseLiteral(ValueNode node)
    {
        if (node is not EnumValueNode literal)
        {
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {AstPrinter.Print(node)}.", node);
        }

        return GetValue(literal.Value)?.Value
            ?? throw new GraphQLError($"Value \"{literal.Value}\" does not exist in \"{Name}\" enum.", node);
    }
}

using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Types;

/// <summary>An argument (of a field or directive) or an input object field.</summary>
public sealed class InputValueDefinition
{
    private readonly Lazy<object?> _defaultValue;

    /// <param name="defaultValueLiteral">The default as written in SDL; coerced to <see cref="DefaultValue"/> on first use.</param>
    public InputValueDefinition(
        string name,
        GraphQLType type,
        string? description = null,
        ValueNode? defaultValueLiteral = null,
        string? deprecationReason = null,
        InputValueDefinitionNode? astNode = null)
    {
        Name = name;
        Type = type;
        Description = description;
        DefaultValueLiteral = defaultValueLiteral;
        DeprecationReason = deprecationReason;
        AstNode = astNode;
        _defaultValue = new Lazy<object?>(() => defaultValueLiteral is null ? null : CoerceDefault(defaultValueLiteral, type));
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public string? Description { get; }

    public bool HasDefaultValue => DefaultValueLiteral is not null;

    public ValueNode? DefaultValueLiteral { get; }

    /// <summary>The default value coerced to its type (internal representation), or null without a default.</summary>
    public object? DefaultValue => _defaultValue.Value;

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? AstNode { get; }

    public override string ToString() => Name + ": " + Type;

    private static object? CoerceDefault(ValueNode literal, GraphQLType type) =>
        ValueFromAst.TryConvert(literal, type, null, out var value) ? value : null;
}

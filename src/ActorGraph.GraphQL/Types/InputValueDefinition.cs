using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Types;

/// <summary>An argument (of a field or directive) or an input object field.</summary>
public sealed class InputValueDefinition
{
    private readonly Lazy<(bool IsValid, object? Value)> _defaultValue;

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
        _defaultValue = new(() => defaultValueLiteral is not null && ValueFromAst.TryConvert(defaultValueLiteral, type, null, out var value)
            ? (true, value)
            : (false, null));
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public string? Description { get; }

    /// <summary>
    /// True when a default is written and it coerces to the type; like graphql-js, a default that does not
    /// coerce counts as no default.
    /// </summary>
    public bool HasDefaultValue => _defaultValue.Value.IsValid;

    /// <summary>The default as written, if any.</summary>
    public ValueNode? DefaultValueLiteral { get; }

    /// <summary>The default value coerced to its type (internal representation), or null without a default.</summary>
    public object? DefaultValue => _defaultValue.Value.Value;

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? AstNode { get; }

    public override string ToString() => Name + ": " + Type;
}

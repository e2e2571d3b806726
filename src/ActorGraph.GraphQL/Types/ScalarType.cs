using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Types;

/// <summary>
/// The coercion hooks of a scalar. Each throws a <see cref="Errors.GraphQLError"/> (with the reason as
/// message) when the value cannot be coerced.
/// </summary>
/// <param name="Serialize">Result coercion: an internal value to a JSON-compatible value.</param>
/// <param name="ParseValue">Input coercion of a variable value (plain CLR values as JSON gives them).</param>
/// <param name="ParseLiteral">Input coercion of a literal; variables are given for literals that embed them.</param>
public sealed record ScalarCoercion(
    Func<object?, object?> Serialize,
    Func<object?, object?> ParseValue,
    Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> ParseLiteral)
{
    /// <summary>What custom scalars do when no hooks are given: values pass through unchanged, literals become plain values.</summary>
    public static ScalarCoercion PassThrough { get; } = new(
        value => value,
        value => value,
        (literal, variables) => ValueFromAst.Untyped(literal, variables));
}

public sealed class ScalarType(
    string name,
    string? description = null,
    string? specifiedByUrl = null,
    ScalarCoercion? coercion = null,
    TypeDefinitionNode? astNode = null,
    IReadOnlyList<TypeExtensionNode>? extensionAstNodes = null)
    : NamedType(name, description, astNode, extensionAstNodes)
{
    private readonly ScalarCoercion _coercion = coercion ?? ScalarCoercion.PassThrough;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>).</summary>
    public string? SpecifiedByUrl { get; } = specifiedByUrl;

    public override TypeKind Kind => TypeKind.Scalar;

    public object? Serialize(object? value) => _coercion.Serialize(value);

    public object? ParseValue(object? value) => _coercion.ParseValue(value);

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        _coercion.ParseLiteral(literal, variables);
}

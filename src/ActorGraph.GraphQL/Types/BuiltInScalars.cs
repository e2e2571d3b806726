using System.Globalization;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Types;

/// <summary>The five specified scalars with the specification's coercion rules (messages as graphql-js words them).</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new(
        "Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        coercion: new ScalarCoercion(SerializeInt, ParseIntValue, ParseIntLiteral));

    public static ScalarType Float { get; } = new(
        "Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        coercion: new ScalarCoercion(SerializeFloat, ParseFloatValue, ParseFloatLiteral));

    public static ScalarType String { get; } = new(
        "String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        coercion: new ScalarCoercion(SerializeString, ParseStringValue, ParseStringLiteral));

    public static ScalarType Boolean { get; } = new(
        "Boolean",
        "The `Boolean` scalar type represents `true` or `false`.",
        coercion: new ScalarCoercion(SerializeBoolean, ParseBooleanValue, ParseBooleanLiteral));

    public static ScalarType ID { get; } = new(
        "ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        coercion: new ScalarCoercion(SerializeId, ParseIdValue, ParseIdLiteral));

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    public static bool IsBuiltIn(string name) => Find(name) is not null;

    private static object SerializeInt(object? value)
    {
        var number = value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => NumericValue.AsDouble(value),
        };
        if (number is not double d || !double.IsFinite(d) || Math.Floor(d) != d)
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (d is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)d;
    }

    private static object ParseIntValue(object? value)
    {
        var number = NumericValue.AsDouble(value);
        if (number is not double d || !double.IsFinite(d) || Math.Floor(d) != d)
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (d is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)d;
    }

    private static object ParseIntLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode node)
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {AstPrinter.Print(literal)}", literal);
        }

        if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {node.Value}", literal);
        }

        return number;
    }

    private static object SerializeFloat(object? value)
    {
        var number = value switch
        {
            bool b => b ? 1d : 0d,
            string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => NumericValue.AsDouble(value),
        };
        if (number is not double d || !double.IsFinite(d))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }

        return d;
    }

    private static object ParseFloatValue(object? value)
    {
        if (NumericValue.AsDouble(value) is not double d || !double.IsFinite(d))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }

        return d;
    }

    private static object ParseFloatLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"Float cannot represent non numeric value: {AstPrinter.Print(literal)}", literal),
    };

    private static object SerializeString(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        _ when NumericValue.AsDouble(value) is double d && double.IsFinite(d) => NumericValue.ToJavaScriptString(value!),
        _ => throw new GraphQLError($"String cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    private static object ParseStringValue(object? value) =>
        value as string ?? throw new GraphQLError($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    private static object ParseStringLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        (literal as StringValueNode)?.Value
        ?? throw new GraphQLError($"String cannot represent a non string value: {AstPrinter.Print(literal)}", literal);

    private static object SerializeBoolean(object? value) => value switch
    {
        bool b => b,
        _ when NumericValue.AsDouble(value) is double d && double.IsFinite(d) => d != 0,
        _ => throw new GraphQLError($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}"),
    };

    private static object ParseBooleanValue(object? value) =>
        value as bool? ?? throw new GraphQLError($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");

    private static object ParseBooleanLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        (literal as BooleanValueNode)?.Value
        ?? throw new GraphQLError($"Boolean cannot represent a non boolean value: {AstPrinter.Print(literal)}", literal);

    private static object SerializeId(object? value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when NumericValue.IsInteger(value) => NumericValue.ToJavaScriptString(value!),
        _ => throw new GraphQLError($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    private static object ParseIdValue(object? value) => value switch
    {
        string s => s,
        _ when NumericValue.IsInteger(value) => NumericValue.ToJavaScriptString(value!),
        _ => throw new GraphQLError($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    private static object ParseIdLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {AstPrinter.Print(literal)}", literal),
    };
}

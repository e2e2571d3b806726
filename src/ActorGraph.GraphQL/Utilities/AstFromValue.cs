using System.Collections;
using System.Text.RegularExpressions;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Utilities;

/// <summary>
/// Produces a literal for an internal value of a type, as graphql-js's astFromValue does; introspection
/// prints default values this way (so <c>Float = 1.0</c> prints as <c>1</c>, as graphql-js prints it).
/// </summary>
public static partial class AstFromValue
{
    /// <summary>The literal, or null when the value cannot be represented (e.g. null for a non-null type).</summary>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                var inner = Convert(value, nonNull.OfType);
                return inner is NullValueNode ? null : inner;
            case var _ when value is null:
                return new NullValueNode();
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary<string, object?> and not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }

                    return new ListValueNode(nodes);
                }

                return Convert(value, list.OfType);
            case InputObjectType input:
                return ConvertObject(value, input);
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case ScalarType scalar:
                return ConvertScalar(scalar.Serialize(value), scalar);
            default:
                return null;
        }
    }

    private static ObjectValueNode? ConvertObject(object value, InputObjectType type)
    {
        var lookup = value switch
        {
            IReadOnlyDictionary<string, object?> d => d,
            IDictionary<string, object?> d => d.AsReadOnly(),
            _ => null,
        };
        if (lookup is null)
        {
            return null;
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            if (lookup.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } node)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
            }
        }

        return new ObjectValueNode(fields);
    }

    private static ValueNode? ConvertScalar(object? serialized, ScalarType type)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode(b);
            case string s:
                return ReferenceEquals(type, BuiltInScalars.ID) && IntegerPattern().IsMatch(s) ? new IntValueNode(s) : new StringValueNode(s);
            case var number when NumericValue.AsDouble(number) is double d && double.IsFinite(d):
                var text = NumericValue.ToJavaScriptString(number);
                return IntegerPattern().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);
            case IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IEnumerable:
                return UntypedLiteral(serialized);
            default:
                throw new Errors.GraphQLError($"Cannot convert value to AST: {ValueInspector.Inspect(serialized)}.");
        }
    }

    // Custom scalars may hold structured values (a JSON scalar); they print as the equivalent literal.
    private static ValueNode UntypedLiteral(object? value) => value switch
    {
        null => new NullValueNode(),
        bool b => new BooleanValueNode(b),
        string s => new StringValueNode(s),
        IReadOnlyDictionary<string, object?> d => new ObjectValueNode(d.Select(e => new ObjectFieldNode(new NameNode(e.Key), UntypedLiteral(e.Value))).ToList()),
        IDictionary<string, object?> d => new ObjectValueNode(d.Select(e => new ObjectFieldNode(new NameNode(e.Key), UntypedLiteral(e.Value))).ToList()),
        IEnumerable items => new ListValueNode(items.Cast<object?>().Select(UntypedLiteral).ToList()),
        _ when NumericValue.AsDouble(value) is double => NumberLiteral(NumericValue.ToJavaScriptString(value)),
        _ => new StringValueNode(value.ToString() ?? string.Empty),
    };

    private static ValueNode NumberLiteral(string text) => IntegerPattern().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}

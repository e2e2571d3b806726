using System.Globalization;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Utilities;

/// <summary>
/// Input coercion of literals (the specification's CoerceArgumentValues for one value): turns a value
/// node into its internal value for a type. Input objects become <c>Dictionary&lt;string, object?&gt;</c>,
/// lists <c>List&lt;object?&gt;</c>. Variables are looked up in already-coerced variable values.
/// </summary>
public static class ValueFromAst
{
    /// <summary>Coerces a literal; returns false when it is not valid for the type.</summary>
    public static bool TryConvert(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            value = variableValue;
            return variableValue is not null || type is not NonNullType;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return node is not NullValueNode && TryConvert(node, nonNull.OfType, variables, out value);
            case var _ when node is NullValueNode:
                return true;
            case ListType list:
                return TryConvertList(node, list.OfType, variables, out value);
            case InputObjectType input:
                return TryConvertObject(node, input, variables, out value);
            case EnumType enumType:
                return TryParse(() => enumType.ParseLiteral(node), out value);
            case ScalarType scalar:
                return TryParse(() => scalar.ParseLiteral(node, variables), out value);
            default:
                return false;
        }
    }

    /// <summary>A literal as a plain value without a type: ints as int (or long / double when larger), floats as double.</summary>
    public static object? Untyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null) => node switch
    {
        NullValueNode => null,
        IntValueNode i => ParseInteger(i.Value),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode list => list.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => Untyped(g.Last().Value, variables)),
        VariableNode variable => variables?.GetValueOrDefault(variable.Name.Value),
        _ => throw new ArgumentException($"Unknown value node {node.Kind}.", nameof(node)),
    };

    private static object ParseInteger(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i
        : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l
        : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool TryConvertList(ValueNode node, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ListValueNode list)
        {
            // A single value where a list is expected is coerced to a list of one.
            if (!TryConvert(node, itemType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(list.Values.Count);
        foreach (var itemNode in list.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType is NonNullType)
                {
                    return false;
                }

                items.Add(null);
            }
            else if (TryConvert(itemNode, itemType, variables, out var item))
            {
                items.Add(item);
            }
            else
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryConvertObject(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode obj)
        {
            return false;
        }

        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in obj.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null || !fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode))
            {
                return false;
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryConvert(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (result.Count != 1 || result.Values.First() is null))
        {
            return false;
        }

        value = result;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool TryParse(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (Errors.GraphQLError)
        {
            value = null;
            return false;
        }
    }
}

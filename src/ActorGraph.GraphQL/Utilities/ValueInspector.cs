using System.Collections;
using System.Text;

namespace ActorGraph.GraphQL.Utilities;

/// <summary>Renders a runtime value for error messages the way graphql-js's inspect does.</summary>
public static class ValueInspector
{
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append(System.Text.Json.JsonSerializer.Serialize(s));
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case Enum e:
                builder.Append(e.ToString());
                break;
            case var number when NumericValue.AsDouble(number) is not null:
                builder.Append(NumericValue.ToJavaScriptString(number));
                break;
            case IDictionary<string, object?> dictionary:
                AppendObject(builder, dictionary, depth);
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                AppendObject(builder, dictionary, depth);
                break;
            case IEnumerable list:
                AppendList(builder, list, depth);
                break;
            default:
                builder.Append(value.ToString());
                break;
        }
    }

    private static void AppendObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        if (depth > 2)
        {
            builder.Append("[Object]");
            return;
        }

        var first = true;
        builder.Append('{');
        foreach (var (key, item) in entries)
        {
            builder.Append(first ? " " : ", ").Append(key).Append(": ");
            Append(builder, item, depth + 1);
            first = false;
        }

        builder.Append(first ? "}" : " }");
    }

    private static void AppendList(StringBuilder builder, IEnumerable list, int depth)
    {
        if (depth > 2)
        {
            builder.Append("[Array]");
            return;
        }

        var first = true;
        builder.Append('[');
        foreach (var item in list)
        {
            builder.Append(first ? string.Empty : ", ");
            Append(builder, item, depth + 1);
            first = false;
        }

        builder.Append(']');
    }
}

using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace ActorGraph.Storage.Neo4j.QueryApi;

/// <summary>
/// Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is <c>{"$type": ..., "_value": ...}</c>,
/// integers and floats travel as strings so that nothing is lost to JSON's single number type.
/// </summary>
internal static class TypedJson
{
    public const string MediaType = "application/vnd.neo4j.query";

    /// <summary>Writes a .NET value as a typed JSON value; maps must have string keys.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                WriteScalar(writer, "Null", w => w.WriteNullValue());
                break;
            case string s:
                WriteScalar(writer, "String", w => w.WriteStringValue(s));
                break;
            case bool b:
                WriteScalar(writer, "Boolean", w => w.WriteBooleanValue(b));
                break;
            case int or long or short or byte:
                WriteScalar(writer, "Integer", w => w.WriteStringValue(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
                break;
            case double or float or decimal:
                WriteScalar(writer, "Float", w => w.WriteStringValue(FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture))));
                break;
            case DateOnly d:
                WriteScalar(writer, "Date", w => w.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                break;
            case DateTimeOffset t:
                WriteScalar(writer, "OffsetDateTime", w => w.WriteStringValue(t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture)));
                break;
            case Enum e:
                WriteScalar(writer, "String", w => w.WriteStringValue(e.ToString()));
                break;
            case IDictionary map:
                writer.WriteStartObject();
                writer.WriteString("$type", "Map");
                writer.WriteStartObject("_value");
                foreach (DictionaryEntry entry in map)
                {
                    writer.WritePropertyName((string)entry.Key);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartObject();
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} cannot be sent to Neo4j as a query parameter.", nameof(value));
        }
    }

    /// <summary>Reads one typed JSON value into .NET: long, double, string, bool, DateOnly, DateTimeOffset, lists, maps, nodes.</summary>
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
        {
            throw new InvalidDataException($"Neo4j answered a value without a $type: {Truncate(element.GetRawText())}. Is the Accept header {MediaType}?");
        }

        var type = typeElement.GetString();
        var value = element.GetProperty("_value");
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(value.GetString()!),
            "String" => value.GetString(),
            "Base64" => Convert.FromBase64String(value.GetString()!),
            "List" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => ReadMap(value),
            "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "OffsetDateTime" or "ZonedDateTime" => ParseDateTime(value.GetString()!),
            "LocalDateTime" => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "Node" => new GraphNode(
                value.GetProperty("_element_id").GetString()!,
                [.. value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!)],
                ReadMap(value.GetProperty("_properties"))),
            "Relationship" => new GraphRelationship(
                value.GetProperty("_element_id").GetString()!,
                value.GetProperty("_type").GetString()!,
                value.GetProperty("_start_node_element_id").GetString()!,
                value.GetProperty("_end_node_element_id").GetString()!,
                ReadMap(value.GetProperty("_properties"))),
            "Path" => value.EnumerateArray().Select(Read).ToList(),

            // Time, LocalTime, Duration, Point, Vector: ActorGraph stores none of them; keep their text.
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    private static Dictionary<string, object?> ReadMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }

    private static void WriteScalar(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> writeValue)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        writeValue(writer);
        writer.WriteEndObject();
    }

    private static string FormatFloat(double value) => value switch
    {
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ when double.IsNaN(value) => "NaN",
        _ => WithFraction(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    // "1" would read as an integer to a human; Neo4j takes decimal or scientific notation for a Float.
    private static string WithFraction(string text) => text.AsSpan().IndexOfAny(".E") >= 0 ? text : text + ".0";

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static DateTimeOffset ParseDateTime(string text)
    {
        // A zoned value carries its zone name after the offset, as in 2015-11-21T21:40:32.142Z[Antarctica/Troll].
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        return DateTimeOffset.Parse(bracket < 0 ? text : text[..bracket], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "...";
}

/// <summary>A node as the Query API returns it.</summary>
internal sealed record GraphNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the Query API returns it.</summary>
internal sealed record GraphRelationship(string ElementId, string Type, string StartElementId, string EndElementId, IReadOnlyDictionary<string, object?> Properties);

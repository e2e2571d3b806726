using System.Text.Json;

namespace ActorGraph.Domain.Import;

/// <summary>The JSON Schema names of JSON value kinds.</summary>
internal static class JsonKinds
{
    private static readonly HashSet<string> TypeNames = ["object", "array", "string", "number", "integer", "boolean", "null"];

    public static bool IsKnownType(string schemaType) => TypeNames.Contains(schemaType);

    public static bool Is(string schemaType, JsonElement value) => schemaType switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && IsWhole(value),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"'{schemaType}' is not a JSON Schema type."),
    };

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {value.GetRawText()}",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        _ => "null",
    };

    /// <summary>A short rendering of a value for messages.</summary>
    public static string Quote(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.GetRawText(),
    };

    // 1.0 is an integer for JSON Schema (draft 6 onwards): what counts is the value, not its spelling.
    private static bool IsWhole(JsonElement value) =>
        value.TryGetDecimal(out var exact) ? decimal.Truncate(exact) == exact : Math.Floor(value.GetDouble()) == value.GetDouble();
}

using System.Text.Json;

namespace ActorGraph.GraphQL.Utilities;

/// <summary>Converts JSON to the plain CLR values the engine works with.</summary>
public static class JsonValues
{
    /// <summary>
    /// Objects become <c>Dictionary&lt;string, object?&gt;</c>, arrays <c>List&lt;object?&gt;</c>, numbers int when they
    /// fit, else long, else double.
    /// </summary>
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (map, property) =>
            {
                map[property.Name] = ToClr(property.Value);
                return map;
            }),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}

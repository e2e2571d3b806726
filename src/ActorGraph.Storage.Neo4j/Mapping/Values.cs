using System.Globalization;

namespace ActorGraph.Storage.Neo4j.Mapping;

/// <summary>Typed access to the maps a statement returns.</summary>
internal static class Values
{
    public static string String(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.OptionalString(key) ?? throw new InvalidDataException($"Neo4j returned no '{key}'.");

    public static string? OptionalString(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as string : null;

    public static long Long(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) && value is not null ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;

    public static double Double(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) && value is not null ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : 0;

    public static DateOnly Date(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.OptionalDate(key) ?? throw new InvalidDataException($"Neo4j returned no date '{key}'.");

    public static DateOnly? OptionalDate(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as DateOnly? : null;

    public static DateTimeOffset? OptionalDateTime(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as DateTimeOffset? : null;

    public static IReadOnlyList<string> Strings(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) && value is IEnumerable<object?> list ? [.. list.Select(x => (string)x!)] : [];

    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Maps(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) && value is IEnumerable<object?> list ? [.. list.Cast<IReadOnlyDictionary<string, object?>>()] : [];

    public static IReadOnlyDictionary<string, object?> Map(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) && value is IReadOnlyDictionary<string, object?> inner ? inner : throw new InvalidDataException($"Neo4j returned no map '{key}'.");

    public static TEnum Enum<TEnum>(this IReadOnlyDictionary<string, object?> map, string key)
        where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(map.String(key), out var parsed) ? parsed : throw new InvalidDataException($"Neo4j returned '{map.String(key)}', not a {typeof(TEnum).Name}.");
}

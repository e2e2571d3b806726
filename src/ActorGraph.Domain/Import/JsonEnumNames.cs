using System.Collections.Frozen;
using System.Text.Json;

namespace ActorGraph.Domain.Import;

/// <summary>The camelCase names the batch format gives enum values (<c>ActorKind.ArmedGroup</c> ↔ <c>"armedGroup"</c>).</summary>
public static class JsonEnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IEnumerable<string> All => Names.Values;

    public static string Name(TEnum value) => Names[value];

    public static TEnum Parse(string name) =>
        Values.TryGetValue(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name}: expected one of {string.Join(", ", All)}.");
}

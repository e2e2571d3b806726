using System.Collections.Concurrent;

namespace ActorGraph.GraphQL.Execution.Binding;

/// <summary>Maps C# enum members to GraphQL enum values by name, ignoring case and underscores (<c>MediatedBy</c> ↔ <c>MEDIATED_BY</c>).</summary>
internal static class EnumNames
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, object>> ByNormalisedName = new();

    public static string Normalise(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    public static object Parse(Type enumType, string graphQLName)
    {
        var members = ByNormalisedName.GetOrAdd(enumType, static t =>
            Enum.GetNames(t).ToDictionary(Normalise, n => Enum.Parse(t, n), StringComparer.Ordinal));
        return members.TryGetValue(Normalise(graphQLName), out var member)
            ? member
            : throw new InvalidCastException($"{enumType.Name} has no member for the GraphQL value {graphQLName}.");
    }
}

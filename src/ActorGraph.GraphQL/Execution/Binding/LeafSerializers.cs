using System.Collections.Concurrent;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Execution.Binding;

/// <summary>Result coercion of scalars and enums; an enum also accepts C# enum members (matched by name ignoring case and underscores).</summary>
internal static class LeafSerializers
{
    public static Func<object, object?> For(ScalarType scalar) => scalar.Serialize;

    public static Func<object, object?> For(EnumType type)
    {
        var byNormalisedName = type.Values.ToDictionary(v => EnumNames.Normalise(v.Name), v => v.Name, StringComparer.Ordinal);
        var clrMembers = new ConcurrentDictionary<Enum, string?>();
        return value => value is Enum member
            && clrMembers.GetOrAdd(member, m => byNormalisedName.GetValueOrDefault(EnumNames.Normalise(m.ToString()))) is { } name
                ? name
                : type.Serialize(value);
    }
}

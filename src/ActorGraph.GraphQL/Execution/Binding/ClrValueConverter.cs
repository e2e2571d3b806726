using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace ActorGraph.GraphQL.Execution.Binding;

/// <summary>
/// Turns coerced input values (scalars, <c>IReadOnlyList&lt;object?&gt;</c>, <c>IReadOnlyDictionary&lt;string, object?&gt;</c>)
/// into the CLR type a resolver asks for: primitives, enums, lists, dictionaries and records.
/// </summary>
internal static class ClrValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<IReadOnlyDictionary<string, object?>, object>> ObjectFactories = new();

    public static T Convert<T>(object? value) => (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsInstanceOfType(value) && !(value is IEnumerable && underlying != typeof(string) && NeedsElementConversion(value, underlying)))
        {
            return value;
        }

        if (underlying.IsEnum)
        {
            return value is string name ? EnumNames.Parse(underlying, name) : Enum.ToObject(underlying, value);
        }

        if (underlying == typeof(string))
        {
            return value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
        }

        if (value is IReadOnlyDictionary<string, object?> fields)
        {
            return ToObject(fields, underlying);
        }

        if (value is IEnumerable items && value is not string)
        {
            return ToCollection(items, underlying);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Cannot convert a {value.GetType().Name} to {target.Name}.");
    }

    // A List<object?> is an IEnumerable<object?>, but a resolver asking for IReadOnlyList<string> needs a converted copy.
    private static bool NeedsElementConversion(object value, Type target) =>
        ElementTypeOf(target) is { } element && element != typeof(object) && !target.IsInstanceOfType(value);

    private static Type? ElementTypeOf(Type target)
    {
        if (target.IsArray)
        {
            return target.GetElementType();
        }

        return target.IsGenericType && target.GetGenericArguments().Length == 1 ? target.GetGenericArguments()[0] : null;
    }

    private static object ToCollection(IEnumerable items, Type target)
    {
        var element = ElementTypeOf(target)
            ?? throw new InvalidCastException($"Cannot convert a list to {target.Name}.");
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items)
        {
            list.Add(Convert(item, element));
        }

        if (target.IsArray)
        {
            var array = Array.CreateInstance(element, list.Count);
            list.CopyTo(array, 0);
            return array;
        }

        return target.IsInstanceOfType(list) ? list
            : throw new InvalidCastException($"Cannot convert a list to {target.Name}.");
    }

    private static object ToObject(IReadOnlyDictionary<string, object?> fields, Type target)
    {
        if (target.IsGenericType && target.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>)))
        {
            var valueType = target.GetGenericArguments()[1];
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
            foreach (var (key, item) in fields)
            {
                dictionary[key] = Convert(item, valueType);
            }

            return dictionary;
        }

        return ObjectFactories.GetOrAdd(target, BuildFactory)(fields);
    }

    private static Func<IReadOnlyDictionary<string, object?>, object> BuildFactory(Type target)
    {
        var constructor = target.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidCastException($"{target.Name} has no public constructor to bind an input object to.");
        var parameters = constructor.GetParameters();
        var bound = new HashSet<string>(parameters.Select(p => p.Name!), StringComparer.OrdinalIgnoreCase);
        var properties = target.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && !bound.Contains(p.Name))
            .ToList();

        return fields =>
        {
            var lookup = new Dictionary<string, object?>(fields, StringComparer.OrdinalIgnoreCase);
            var arguments = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = parameters[i];
                arguments[i] = lookup.TryGetValue(parameter.Name!, out var given) ? Convert(given, parameter.ParameterType)
                    : parameter.HasDefaultValue ? parameter.DefaultValue
                    : Convert(null, parameter.ParameterType);
            }

            var instance = constructor.Invoke(arguments);
            foreach (var property in properties)
            {
                if (lookup.TryGetValue(property.Name, out var given))
                {
                    property.SetValue(instance, Convert(given, property.PropertyType));
                }
            }

            return instance;
        };
    }
}

using System.Collections;
using System.Text.Json;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Utilities;

/// <summary>
/// Input coercion of runtime values (variables as they come from JSON) to a type, reporting every problem
/// with its path inside the value, with graphql-js's messages. Accepts plain CLR values or <see cref="JsonElement"/>.
/// </summary>
public static class CoerceInputValue
{
    /// <summary>Coerces a value; problems are passed to <paramref name="onError"/> and the result is then unusable.</summary>
    public static object? Coerce(object? value, GraphQLType type, Action<InputCoercionError> onError) =>
        CoerceAt(value is JsonElement json ? JsonValues.ToClr(json) : value, type, onError, []);

    /// <summary>Coerces a value, collecting the problems; returns true when there were none.</summary>
    public static bool TryCoerce(object? value, GraphQLType type, out object? coerced, out IReadOnlyList<InputCoercionError> errors)
    {
        var found = new List<InputCoercionError>();
        coerced = Coerce(value, type, found.Add);
        errors = found;
        return found.Count == 0;
    }

    private static object? CoerceAt(object? value, GraphQLType type, Action<InputCoercionError> onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return CoerceAt(value, nonNull.OfType, onError, path);
            }

            onError(new InputCoercionError([.. path], value, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null.")));
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary<string, object?> and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        result.Add(CoerceAt(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }

                    return result;
                }

                return new List<object?> { CoerceAt(value, list.OfType, onError, path) };
            case InputObjectType input:
                return CoerceObject(value, input, onError, path);
            case EnumType enumType:
                return ParseLeaf(() => enumType.ParseValue(value), value, enumType, onError, path);
            case ScalarType scalar:
                return ParseLeaf(() => scalar.ParseValue(value), value, scalar, onError, path);
            default:
                throw new ArgumentException($"{type} is not an input type.", nameof(type));
        }
    }

    private static Dictionary<string, object?>? CoerceObject(object value, InputObjectType type, Action<InputCoercionError> onError, List<object> path)
    {
        var fields = value switch
        {
            IReadOnlyDictionary<string, object?> d => d,
            IDictionary<string, object?> d => d.AsReadOnly(),
            _ => null,
        };
        if (fields is null)
        {
            onError(new InputCoercionError([.. path], value, new GraphQLError($"Expected type \"{type.Name}\" to be an object.")));
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(new InputCoercionError([.. path], value, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.")));
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = CoerceAt(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in fields.Keys)
        {
            if (type.GetField(name) is null)
            {
                onError(new InputCoercionError([.. path], value, new GraphQLError($"Field \"{name}\" is not defined by type \"{type.Name}\".")));
            }
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                onError(new InputCoercionError([.. path], value, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\".")));
            }
            else if (result.First() is { Value: null } only)
            {
                onError(new InputCoercionError([.. path, only.Key], null, new GraphQLError($"Field \"{only.Key}\" must be non-null.")));
            }
        }

        return result;
    }

    private static object? ParseLeaf(Func<object?> parse, object value, NamedType type, Action<InputCoercionError> onError, List<object> path)
    {
        try
        {
            return parse() ?? Fail(new GraphQLError($"Expected type \"{type.Name}\"."));
        }
        catch (GraphQLError error)
        {
            return Fail(error);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            return Fail(new GraphQLError($"Expected type \"{type.Name}\". {exception.Message}", innerException: exception));
        }

        object? Fail(GraphQLError error)
        {
            onError(new InputCoercionError([.. path], value, error));
            return null;
        }
    }
}

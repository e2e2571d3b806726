using System.Text.Json;

namespace ActorGraph.Domain.Import;

/// <summary>
/// Validates JSON against a JSON Schema (draft 2020-12) restricted to the keywords ActorGraph's schemas use:
/// type, properties, required, additionalProperties, items, enum, const, pattern, minimum, maximum,
/// minItems, minLength, $ref (to a pointer inside the same schema), anyOf and oneOf. A schema using any
/// other validation keyword, or a reference to nothing, is refused when the validator is built.
/// </summary>
public sealed class JsonSchemaValidator
{
    private readonly SchemaNode _root;

    public JsonSchemaValidator(JsonElement schema)
    {
        _root = SchemaCompiler.Compile(schema.Clone());
    }

    /// <summary>Every place where <paramref name="instance"/> breaks the schema, in document order; empty when it conforms.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonElement instance)
    {
        var errors = new List<SchemaError>();
        Check(_root, instance, string.Empty, errors);
        return errors;
    }

    private static void Check(SchemaNode schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        if (schema.RejectsAll)
        {
            errors.Add(new(pointer, "no value is allowed here"));
            return;
        }

        if (schema.Reference is { } reference)
        {
            Check(reference, value, pointer, errors);
        }

        if (schema.Types is { } types && !types.Any(t => JsonKinds.Is(t, value)))
        {
            errors.Add(new(pointer, $"expected {string.Join(" or ", types)}, found {JsonKinds.Describe(value)}"));
            return;
        }

        CheckEnumAndConst(schema, value, pointer, errors);
        CheckAlternatives(schema, value, pointer, errors);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, pointer, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(schema, value, pointer, errors);
                break;
            case JsonValueKind.String:
                CheckString(schema, value.GetString()!, pointer, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(schema, value, pointer, errors);
                break;
        }
    }

    private static void CheckEnumAndConst(SchemaNode schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        if (schema.Enum is { } allowed && !allowed.Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add(new(pointer, $"{JsonKinds.Quote(value)} is not one of {string.Join(", ", allowed.Select(a => a.GetRawText()))}"));
        }

        if (schema.Const is { } constant && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add(new(pointer, $"{JsonKinds.Quote(value)} is not the required value {constant.GetRawText()}"));
        }
    }

    private static void CheckAlternatives(SchemaNode schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        if (schema.AnyOf is { } anyOf)
        {
            var failures = BranchErrors(anyOf, value, pointer);
            if (failures.All(f => f.Count > 0))
            {
                var reasons = failures.Select((f, i) => $"({i + 1}) {string.Join("; ", f.Select(e => DescribeWithin(pointer, e)))}");
                errors.Add(new(pointer, $"matches none of the allowed forms: {string.Join(" ", reasons)}"));
            }
        }

        if (schema.OneOf is { } oneOf)
        {
            var failures = BranchErrors(oneOf, value, pointer);
            var passed = failures.Count(f => f.Count == 0);
            if (passed != 1)
            {
                var reasons = failures.Select((f, i) => $"({i + 1}) {string.Join("; ", f.Select(e => DescribeWithin(pointer, e)))}");
                errors.Add(new(pointer, passed == 0
                    ? $"matches none of the allowed forms: {string.Join(" ", reasons)}"
                    : $"matches {passed} of the forms where exactly one is allowed"));
            }
        }
    }

    private static List<List<SchemaError>> BranchErrors(IReadOnlyList<SchemaNode> branches, JsonElement value, string pointer) =>
        [.. branches.Select(branch =>
        {
            var branchErrors = new List<SchemaError>();
            Check(branch, value, pointer, branchErrors);
            return branchErrors;
        })];

    private static void CheckObject(SchemaNode schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        foreach (var name in schema.Required.Where(n => !value.TryGetProperty(n, out _)))
        {
            errors.Add(new(pointer, $"the required property '{name}' is missing"));
        }

        foreach (var property in value.EnumerateObject())
        {
            var at = JsonPointer.Append(pointer, property.Name);
            if (schema.Properties is { } properties && properties.TryGetValue(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, at, errors);
            }
            else if (schema.AdditionalProperties is { RejectsAll: true })
            {
                var known = schema.Properties is { } named ? string.Join(", ", named.Keys) : "none";
                errors.Add(new(at, $"the property '{property.Name}' is not allowed here (allowed: {known})"));
            }
            else if (schema.AdditionalProperties is { } additional)
            {
                Check(additional, property.Value, at, errors);
            }
        }
    }

    private static void CheckArray(SchemaNode schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        var count = value.GetArrayLength();
        if (schema.MinItems is { } minItems && count < minItems)
        {
            errors.Add(new(pointer, $"has {count} item(s); at least {minItems} required"));
        }

        if (schema.Items is { } items)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, JsonPointer.Append(pointer, index++), errors);
            }
        }
    }

    private static void CheckString(SchemaNode schema, string value, string pointer, List<SchemaError> errors)
    {
        if (schema.MinLength is { } minLength && CodePoints(value, minLength) < minLength)
        {
            errors.Add(new(pointer, $"is shorter than {minLength} character(s)"));
        }

        if (schema.Pattern is { } pattern && !pattern.IsMatch(value))
        {
            errors.Add(new(pointer, $"{JsonSerializer.Serialize(value)} does not match the pattern {schema.PatternText}"));
        }
    }

    private static void CheckNumber(SchemaNode schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        var number = value.GetDouble();
        if (schema.Minimum is { } minimum && number < minimum)
        {
            errors.Add(new(pointer, $"{value.GetRawText()} is less than the minimum {schema.MinimumText}"));
        }

        if (schema.Maximum is { } maximum && number > maximum)
        {
            errors.Add(new(pointer, $"{value.GetRawText()} is greater than the maximum {schema.MaximumText}"));
        }
    }

    // JSON Schema counts characters as Unicode code points, not UTF-16 units; a code point takes at most two units,
    // so long strings need no counting.
    private static int CodePoints(string value, int enough) =>
        value.Length >= 2 * enough ? value.Length : value.EnumerateRunes().Count();

    private static string DescribeWithin(string pointer, SchemaError error) =>
        error.Pointer == pointer ? error.Reason : $"at {error.Pointer[pointer.Length..]}: {error.Reason}";
}

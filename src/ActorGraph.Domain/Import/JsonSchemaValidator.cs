using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ActorGraph.Domain.Import;

/// <summary>
/// Validates JSON against a JSON Schema (draft 2020-12) restricted to the keywords ActorGraph's schemas use:
/// type, properties, required, additionalProperties, items, enum, const, pattern, minimum, maximum,
/// minItems, minLength, $ref (to a pointer inside the same schema), anyOf and oneOf. A schema using any
/// other validation keyword is refused when the validator is built, so nothing is silently ignored.
/// </summary>
public sealed class JsonSchemaValidator
{
    private readonly JsonElement _root;
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    public JsonSchemaValidator(JsonElement schema)
    {
        _root = schema.Clone();
        var references = new List<string>();
        SchemaKeywords.EnsureSupported(_root, string.Empty, references);
        foreach (var reference in references)
        {
            Resolve(reference);
        }
    }

    /// <summary>Every place where <paramref name="instance"/> breaks the schema, in document order; empty when it conforms.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonElement instance)
    {
        var errors = new List<SchemaError>();
        Check(_root, instance, string.Empty, errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add(new(pointer, "no value is allowed here"));
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, pointer, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, value))
        {
            errors.Add(new(pointer, $"expected {DescribeType(type)}, found {JsonKinds.Describe(value)}"));
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

    private static void CheckEnumAndConst(JsonElement schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            var choices = string.Join(", ", allowed.EnumerateArray().Select(a => a.GetRawText()));
            errors.Add(new(pointer, $"{JsonKinds.Quote(value)} is not one of {choices}"));
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add(new(pointer, $"{JsonKinds.Quote(value)} is not the required value {constant.GetRawText()}"));
        }
    }

    private void CheckAlternatives(JsonElement schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        foreach (var keyword in (string[])["anyOf", "oneOf"])
        {
            if (!schema.TryGetProperty(keyword, out var branches))
            {
                continue;
            }

            var failures = new List<IReadOnlyList<SchemaError>>();
            foreach (var branch in branches.EnumerateArray())
            {
                var branchErrors = new List<SchemaError>();
                Check(branch, value, pointer, branchErrors);
                failures.Add(branchErrors);
            }

            var passed = failures.Count(f => f.Count == 0);
            if (passed == 0)
            {
                var reasons = failures.Select((f, i) => $"({i + 1}) {string.Join("; ", f.Select(DescribeWithin(pointer)))}");
                errors.Add(new(pointer, $"matches none of the allowed forms: {string.Join(" ", reasons)}"));
            }
            else if (keyword == "oneOf" && passed > 1)
            {
                errors.Add(new(pointer, $"matches {passed} of the forms where exactly one is allowed"));
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add(new(pointer, $"the required property '{name}' is missing"));
            }
        }

        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var at = JsonPointer.Append(pointer, property.Name);
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, at, errors);
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
            {
                var known = hasProperties ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name)) : "none";
                errors.Add(new(at, $"the property '{property.Name}' is not allowed here (allowed: {known})"));
            }
            else if (hasAdditional)
            {
                Check(additional, property.Value, at, errors);
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var minItems) && count < minItems.GetInt32())
        {
            errors.Add(new(pointer, $"has {count} item(s); at least {minItems.GetInt32()} required"));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, JsonPointer.Append(pointer, index++), errors);
            }
        }
    }

    private void CheckString(JsonElement schema, string value, string pointer, List<SchemaError> errors)
    {
        // JSON Schema counts characters as Unicode code points, not UTF-16 units.
        if (schema.TryGetProperty("minLength", out var minLength) && value.EnumerateRunes().Count() < minLength.GetInt32())
        {
            errors.Add(new(pointer, $"is shorter than {minLength.GetInt32()} character(s)"));
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Pattern(pattern.GetString()!).IsMatch(value))
        {
            errors.Add(new(pointer, $"{JsonSerializer.Serialize(value)} does not match the pattern {pattern.GetString()}"));
        }
    }

    private static void CheckNumber(JsonElement schema, JsonElement value, string pointer, List<SchemaError> errors)
    {
        var number = value.GetDouble();
        if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
        {
            errors.Add(new(pointer, $"{value.GetRawText()} is less than the minimum {minimum.GetRawText()}"));
        }

        if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
        {
            errors.Add(new(pointer, $"{value.GetRawText()} is greater than the maximum {maximum.GetRawText()}"));
        }
    }

    private static bool MatchesType(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => JsonKinds.Is(t.GetString()!, value))
            : JsonKinds.Is(type.GetString()!, value);

    private static string DescribeType(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()))
            : type.GetString()!;

    private static Func<SchemaError, string> DescribeWithin(string pointer) =>
        e => e.Pointer == pointer ? e.Reason : $"at {e.Pointer[pointer.Length..]}: {e.Reason}";

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new NotSupportedException($"Only references inside the schema are supported, not '{reference}'.");
        }

        var target = _root;
        foreach (var token in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (!target.TryGetProperty(name, out target))
            {
                throw new InvalidOperationException($"The schema reference '{reference}' points to nothing.");
            }
        }

        return target;
    }

    private Regex Pattern(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
        {
            regex = EcmaPattern.Compile(pattern);
            _patterns[pattern] = regex;
        }

        return regex;
    }
}

using System.Text.Json;

namespace ActorGraph.Domain.Import;

/// <summary>Checks that a schema uses only the keywords <see cref="JsonSchemaValidator"/> implements.</summary>
internal static class SchemaKeywords
{
    private static readonly HashSet<string> Annotations =
        ["$schema", "$id", "$comment", "title", "description", "examples", "default"];

    private static readonly HashSet<string> Validations =
    [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern",
        "minimum", "maximum", "minItems", "minLength", "$ref", "$defs", "anyOf", "oneOf",
    ];

    public static void EnsureSupported(JsonElement schema, string pointer)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new NotSupportedException($"The schema at '#{pointer}' is neither an object nor a boolean.");
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var at = JsonPointer.Append(pointer, keyword.Name);
            if (!Annotations.Contains(keyword.Name) && !Validations.Contains(keyword.Name))
            {
                throw new NotSupportedException($"The schema keyword '{keyword.Name}' at '#{pointer}' is not supported by this validator.");
            }

            switch (keyword.Name)
            {
                case "properties" or "$defs":
                    foreach (var child in keyword.Value.EnumerateObject())
                    {
                        EnsureSupported(child.Value, JsonPointer.Append(at, child.Name));
                    }

                    break;
                case "items" or "additionalProperties":
                    EnsureSupported(keyword.Value, at);
                    break;
                case "anyOf" or "oneOf":
                    var index = 0;
                    foreach (var branch in keyword.Value.EnumerateArray())
                    {
                        EnsureSupported(branch, JsonPointer.Append(at, index++));
                    }

                    break;
            }
        }
    }
}

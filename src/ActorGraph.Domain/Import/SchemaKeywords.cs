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

    /// <summary>Walks the schema; every <c>$ref</c> found is added to <paramref name="references"/> for the caller to resolve.</summary>
    public static void EnsureSupported(JsonElement schema, string pointer, List<string> references)
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
                case "$ref":
                    references.Add(keyword.Value.GetString()!);
                    break;
                case "properties" or "$defs":
                    foreach (var child in keyword.Value.EnumerateObject())
                    {
                        EnsureSupported(child.Value, JsonPointer.Append(at, child.Name), references);
                    }

                    break;
                case "items" or "additionalProperties":
                    EnsureSupported(keyword.Value, at, references);
                    break;
                case "anyOf" or "oneOf":
                    var index = 0;
                    foreach (var branch in keyword.Value.EnumerateArray())
                    {
                        EnsureSupported(branch, JsonPointer.Append(at, index++), references);
                    }

                    break;
            }
        }
    }
}

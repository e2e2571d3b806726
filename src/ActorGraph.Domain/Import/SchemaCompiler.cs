using System.Text.Json;

namespace ActorGraph.Domain.Import;

/// <summary>
/// Reads a schema document into <see cref="SchemaNode"/>s, refusing keywords the validator does not implement and
/// references that point to nothing, so that no part of a schema is silently ignored.
/// </summary>
internal sealed class SchemaCompiler
{
    private static readonly HashSet<string> Annotations =
        ["$schema", "$id", "$comment", "$defs", "title", "description", "examples", "default"];

    private static readonly HashSet<string> Keywords =
    [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern",
        "minimum", "maximum", "minItems", "minLength", "$ref", "anyOf", "oneOf",
    ];

    private readonly JsonElement _root;
    private readonly Dictionary<string, SchemaNode> _byPointer = new(StringComparer.Ordinal);
    private readonly List<(SchemaNode Node, string Reference)> _references = [];

    private SchemaCompiler(JsonElement root)
    {
        _root = root;
    }

    public static SchemaNode Compile(JsonElement schema)
    {
        var compiler = new SchemaCompiler(schema);
        var root = compiler.Node(schema, string.Empty);
        for (var i = 0; i < compiler._references.Count; i++)
        {
            var (node, reference) = compiler._references[i];
            node.Reference = compiler.Resolve(reference);
        }

        return root;
    }

    private SchemaNode Node(JsonElement schema, string pointer)
    {
        if (_byPointer.TryGetValue(pointer, out var known))
        {
            return known;
        }

        var node = schema.ValueKind switch
        {
            JsonValueKind.True => new SchemaNode(),
            JsonValueKind.False => new SchemaNode { RejectsAll = true },
            JsonValueKind.Object => ObjectNode(schema, pointer),
            _ => throw new NotSupportedException($"The schema at '#{pointer}' is neither an object nor a boolean."),
        };
        _byPointer[pointer] = node;
        return node;
    }

    private SchemaNode ObjectNode(JsonElement schema, string pointer)
    {
        foreach (var keyword in schema.EnumerateObject().Where(k => !Annotations.Contains(k.Name) && !Keywords.Contains(k.Name)))
        {
            throw new NotSupportedException($"The schema keyword '{keyword.Name}' at '#{pointer}' is not supported by this validator.");
        }

        if (schema.TryGetProperty("$defs", out var definitions))
        {
            foreach (var definition in definitions.EnumerateObject())
            {
                Node(definition.Value, JsonPointer.Append(JsonPointer.Append(pointer, "$defs"), definition.Name));
            }
        }

        string At(string keyword) => JsonPointer.Append(pointer, keyword);
        JsonElement? Get(string keyword) => schema.TryGetProperty(keyword, out var value) ? value : null;
        var node = new SchemaNode
        {
            Types = Get("type") is { } type ? (type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!]) : null,
            Properties = Get("properties")?.EnumerateObject().ToDictionary(p => p.Name, p => Node(p.Value, JsonPointer.Append(At("properties"), p.Name)), StringComparer.Ordinal),
            Required = Get("required") is { } required ? [.. required.EnumerateArray().Select(r => r.GetString()!)] : [],
            AdditionalProperties = Get("additionalProperties") is { } additional ? Node(additional, At("additionalProperties")) : null,
            Items = Get("items") is { } items ? Node(items, At("items")) : null,
            Enum = Get("enum") is { } allowed ? [.. allowed.EnumerateArray()] : null,
            Const = Get("const"),
            PatternText = Get("pattern")?.GetString(),
            Pattern = Get("pattern") is { } pattern ? EcmaPattern.Compile(pattern.GetString()!) : null,
            Minimum = Get("minimum")?.GetDouble(),
            MinimumText = Get("minimum")?.GetRawText(),
            Maximum = Get("maximum")?.GetDouble(),
            MaximumText = Get("maximum")?.GetRawText(),
            MinItems = Get("minItems")?.GetInt32(),
            MinLength = Get("minLength")?.GetInt32(),
            AnyOf = Get("anyOf") is { } anyOf ? [.. anyOf.EnumerateArray().Select((b, i) => Node(b, JsonPointer.Append(At("anyOf"), i)))] : null,
            OneOf = Get("oneOf") is { } oneOf ? [.. oneOf.EnumerateArray().Select((b, i) => Node(b, JsonPointer.Append(At("oneOf"), i)))] : null,
        };
        if (node.Types?.FirstOrDefault(t => !JsonKinds.IsKnownType(t)) is { } unknownType)
        {
            throw new NotSupportedException($"'{unknownType}' at '#{pointer}' is not a JSON Schema type.");
        }

        if (Get("$ref") is { } reference)
        {
            _references.Add((node, reference.GetString()!));
        }

        return node;
    }

    private SchemaNode Resolve(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new NotSupportedException($"Only references inside the schema are supported, not '{reference}'.");
        }

        var target = _root;
        var pointer = string.Empty;
        foreach (var token in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (!target.TryGetProperty(name, out target))
            {
                throw new InvalidOperationException($"The schema reference '{reference}' points to nothing.");
            }

            pointer = JsonPointer.Append(pointer, name);
        }

        return Node(target, pointer);
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace ActorGraph.Domain.Import;

/// <summary>One compiled (sub)schema: the keywords of its JSON object, read once, so validation does no lookups by name.</summary>
internal sealed class SchemaNode
{
    /// <summary>The boolean schema <c>false</c>: nothing is valid.</summary>
    public bool RejectsAll { get; init; }

    /// <summary>The allowed JSON Schema type names; null when the schema does not restrict the type.</summary>
    public IReadOnlyList<string>? Types { get; init; }

    public SchemaNode? Reference { get; set; }

    public IReadOnlyDictionary<string, SchemaNode>? Properties { get; init; }

    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>Schema of properties not named in <see cref="Properties"/>; null when they are unrestricted.</summary>
    public SchemaNode? AdditionalProperties { get; init; }

    public SchemaNode? Items { get; init; }

    public IReadOnlyList<JsonElement>? Enum { get; init; }

    public JsonElement? Const { get; init; }

    public string? PatternText { get; init; }

    public Regex? Pattern { get; init; }

    public double? Minimum { get; init; }

    public string? MinimumText { get; init; }

    public double? Maximum { get; init; }

    public string? MaximumText { get; init; }

    public int? MinItems { get; init; }

    public int? MinLength { get; init; }

    public IReadOnlyList<SchemaNode>? AnyOf { get; init; }

    public IReadOnlyList<SchemaNode>? OneOf { get; init; }
}

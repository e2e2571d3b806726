using System.Text.Json;

namespace ActorGraph.Domain.Import;

/// <summary>The JSON Schema of the batch format (<c>schema/seed-data.schema.json</c>, embedded in this assembly).</summary>
public static class SeedDataSchema
{
    private const string ResourceName = "ActorGraph.Domain.seed-data.schema.json";

    private static readonly Lazy<JsonSchemaValidator> LazyValidator = new(() =>
    {
        using var stream = Open();
        using var schema = JsonDocument.Parse(stream);
        return new JsonSchemaValidator(schema.RootElement);
    });

    public static JsonSchemaValidator Validator => LazyValidator.Value;

    /// <summary>The schema file itself, for serving or exporting it.</summary>
    public static Stream Open() =>
        typeof(SeedDataSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from ActorGraph.Domain.");
}

using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Domain.Vocabulary;

/// <summary>
/// The relationship types ActorGraph knows, loaded from <c>relationship-types.json</c> (kept as data, not code).
/// </summary>
public sealed class RelationshipVocabulary
{
    private readonly FrozenDictionary<string, RelationshipType> _byCode;

    public RelationshipVocabulary(IEnumerable<RelationshipType> types)
    {
        All = [.. types];
        _byCode = All.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
    }

    /// <summary>The vocabulary shipped with ActorGraph.</summary>
    public static RelationshipVocabulary Default { get; } = LoadEmbedded();

    public IReadOnlyList<RelationshipType> All { get; }

    public IEnumerable<RelationshipType> Interactions => All.Where(t => t.Category == RelationshipCategory.Interaction);

    public IEnumerable<RelationshipType> Affiliations => All.Where(t => t.Category == RelationshipCategory.Affiliation);

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public RelationshipType? Find(string code) => _byCode.GetValueOrDefault(code);

    public RelationshipType Get(string code) =>
        _byCode.TryGetValue(code, out var type)
            ? type
            : throw new KeyNotFoundException($"'{code}' is not a relationship type of the vocabulary.");

    public bool IsSymmetric(string code) => _byCode.TryGetValue(code, out var type) && type.Symmetric;

    private static RelationshipVocabulary LoadEmbedded()
    {
        using var stream = typeof(RelationshipVocabulary).Assembly.GetManifestResourceStream("ActorGraph.Domain.relationship-types.json")
            ?? throw new InvalidOperationException("The relationship vocabulary resource is missing from ActorGraph.Domain.");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
        var file = JsonSerializer.Deserialize<VocabularyFile>(stream, options)
            ?? throw new InvalidOperationException("The relationship vocabulary resource is empty.");
        return new RelationshipVocabulary(file.RelationshipTypes);
    }

    private sealed record VocabularyFile(IReadOnlyList<RelationshipType> RelationshipTypes);
}

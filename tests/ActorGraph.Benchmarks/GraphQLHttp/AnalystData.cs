using System.Text.Json;

namespace ActorGraph.Benchmarks.GraphQLHttp;

internal sealed record AnalystCountry(string Code, string Name);

internal sealed record AnalystDocument(string Id, string Title, string PublishedAt);

internal sealed record AnalystActor(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, string? CountryCode);

internal sealed record AnalystEvidence(string Quote, int Start, int End, string DocumentId);

internal sealed record AnalystRelationship(string Id, string Kind, string SourceId, string TargetId, double Confidence, string? ValidFrom, IReadOnlyList<AnalystEvidence> Evidence);

/// <summary>The in-memory graph both servers of the HTTP benchmark answer from (analyst-data.json).</summary>
internal sealed class AnalystData
{
    private AnalystData(Snapshot snapshot)
    {
        Actors = snapshot.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Countries = snapshot.Countries.ToDictionary(c => c.Code, StringComparer.Ordinal);
        Documents = snapshot.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        RelationshipsBySource = snapshot.Relationships
            .GroupBy(r => r.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<AnalystRelationship>)g.ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, AnalystActor> Actors { get; }

    public IReadOnlyDictionary<string, AnalystCountry> Countries { get; }

    public IReadOnlyDictionary<string, AnalystDocument> Documents { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<AnalystRelationship>> RelationshipsBySource { get; }

    public static string Folder => ActorGraph.TestSupport.RepositoryPaths.Combine("tests", "ActorGraph.Benchmarks", "GraphQLHttp");

    public static AnalystData Load() =>
        new(JsonSerializer.Deserialize<Snapshot>(File.ReadAllText(Path.Combine(Folder, "analyst-data.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    public IEnumerable<AnalystRelationship> RelationshipsOf(string actorId, int first) =>
        RelationshipsBySource.TryGetValue(actorId, out var relationships) ? relationships.Take(Math.Max(0, first)) : [];

    private sealed record Snapshot(
        IReadOnlyList<AnalystCountry> Countries,
        IReadOnlyList<AnalystDocument> Documents,
        IReadOnlyList<AnalystActor> Actors,
        IReadOnlyList<AnalystRelationship> Relationships);
}

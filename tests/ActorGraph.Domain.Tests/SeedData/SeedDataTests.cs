using System.Text.Json;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Import;
using ActorGraph.TestSupport;

namespace ActorGraph.Domain.Tests.SeedData;

/// <summary>The seed data in <c>seed-data/</c>: it loads cleanly and every quote is exactly where it says it is.</summary>
public class SeedDataTests
{
    private static readonly Lazy<GraphBatch> Seed = new(Load);

    [Fact]
    public void Loads_without_issues_and_holds_the_five_articles()
    {
        Seed.Value.Documents.Should().HaveCountGreaterThanOrEqualTo(5);
        Seed.Value.Documents.Should().AllSatisfy(d => d.Text.Should().NotBeNullOrWhiteSpace());
    }

    [Fact]
    public void Holds_at_least_what_the_foundation_issue_expects_a_careful_reading_to_find()
    {
        Seed.Value.Actors.Should().HaveCountGreaterThanOrEqualTo(60);
        Seed.Value.Relationships.Should().HaveCountGreaterThanOrEqualTo(100);
    }

    [Fact]
    public void Every_evidence_quote_equals_the_document_text_at_its_offsets()
    {
        var texts = Seed.Value.Documents.ToDictionary(d => d.Id, d => d.Text);
        var evidence = AllEvidence(Seed.Value).ToList();

        evidence.Should().NotBeEmpty();
        evidence.Should().AllSatisfy(e =>
            texts[e.Evidence.DocumentId].Substring(e.Evidence.Start, e.Evidence.End - e.Evidence.Start)
                .Should().Be(e.Evidence.Quote, $"{e.Owner} quotes it at {e.Evidence.Start}..{e.Evidence.End} of {e.Evidence.DocumentId}"));
    }

    [Fact]
    public void Every_relationship_is_reported_on_the_day_its_earliest_evidence_document_appeared()
    {
        var published = Seed.Value.Documents.ToDictionary(d => d.Id, d => d.PublishedOn);

        Seed.Value.Relationships.Should().AllSatisfy(r =>
            r.ReportedOn.Should().Be(r.Evidence.Min(e => published[e.DocumentId]), r.Id));
    }

    [Fact]
    public void Survives_export_and_reimport_unchanged()
    {
        var reloaded = SeedDataLoader.LoadJson(SeedDataWriter.ToJson(Seed.Value), "export.json");

        reloaded.Should().BeEquivalentTo(Seed.Value, o => o.WithStrictOrdering());
    }

    [RequiresSharedSeedsFact]
    public void Every_document_text_is_its_source_article_exactly()
    {
        var sources = DocumentSourceFiles();
        var texts = Seed.Value.Documents.ToDictionary(d => d.Id, d => d.Text);
        var articles = Directory.GetFiles(RequiresSharedSeedsFactAttribute.SeedsFolder, "*.txt").Select(Path.GetFileName);

        sources.Values.Should().BeEquivalentTo(articles, "every article is stored as a document, once");
        sources.Should().AllSatisfy(s =>
            texts[s.Key].Should().Be(File.ReadAllText(Path.Combine(RequiresSharedSeedsFactAttribute.SeedsFolder, s.Value)), $"document {s.Key} is {s.Value} as given"));
    }

    // Lists every problem, where the exception's own message stops at ten.
    private static GraphBatch Load()
    {
        try
        {
            return SeedDataLoader.LoadDirectory(RepositoryPaths.SeedData);
        }
        catch (ValidationException e)
        {
            throw new InvalidOperationException($"The seed data has {e.Issues.Count} problem(s):\n{string.Join("\n", e.Issues)}", e);
        }
    }

    /// <summary>The <c>sourceFile</c> of every document (a field of the file format only), read from the files themselves.</summary>
    private static Dictionary<string, string> DocumentSourceFiles()
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(RepositoryPaths.SeedData, "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            if (!json.RootElement.TryGetProperty("documents", out var documents))
            {
                continue;
            }

            foreach (var document in documents.EnumerateArray())
            {
                var sourceFile = document.TryGetProperty("sourceFile", out var value) ? value.GetString() : null;
                sourceFile.Should().NotBeNull($"document {document.GetProperty("id").GetString()} in {Path.GetFileName(file)} names its source file");
                sources.Add(document.GetProperty("id").GetString()!, sourceFile!);
            }
        }

        return sources;
    }

    private static IEnumerable<(string Owner, Evidence Evidence)> AllEvidence(GraphBatch batch) =>
        batch.Relationships.SelectMany(r => r.Evidence.Select(e => ($"relationship {r.Id}", e)))
            .Concat(batch.Events.SelectMany(v => v.Evidence.Select(e => ($"event {v.Id}", e))))
            .Concat(batch.Affiliations.SelectMany(a => a.Evidence.Select(e => ($"affiliation {a.Id}", e))));
}

using System.Text.Json.Nodes;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Validation;

namespace ActorGraph.GraphQL.Tests.Conformance;

/// <summary>
/// The engine against graphql-js 16.15.0 on the same schemas and corpus: same verdicts, same number of
/// errors at the same locations, same introspection, and printing that parses back to the same document.
/// </summary>
public sealed class ConformanceTests
{
    [Fact]
    public void Corpus_is_large_and_covers_every_schema()
    {
        ConformanceCorpus.Documents.Should().HaveCountGreaterThanOrEqualTo(300);
        ConformanceCorpus.Documents.Select(d => d.Schema).Distinct().Should().BeEquivalentTo(ConformanceCorpus.SchemaSdl.Keys);
    }

    [Fact]
    public async Task Graphql_js_is_the_pinned_version()
    {
        var answers = await GraphQLJsOracle.AnswersAsync();

        answers.Version.Should().Be("16.15.0");
        answers.Verdicts.Values.Should().NotContain(v => v.Outcome == "crash");
    }

    [Fact]
    public async Task Verdicts_error_counts_and_locations_agree_with_graphql_js()
    {
        var answers = await GraphQLJsOracle.AnswersAsync();
        var disagreements = new List<string>();
        foreach (var document in ConformanceCorpus.Documents)
        {
            var ours = Judge(document);
            var reference = answers.Verdicts[document.Name];
            if (SpecDivergences.ByDocument.TryGetValue(document.Name, out var divergence))
            {
                if (ours.Outcome != divergence.Outcome || reference.Outcome == divergence.Outcome)
                {
                    disagreements.Add($"{document.Name}: listed divergence no longer holds (ours {ours.Outcome}, graphql-js {reference.Outcome})");
                }

                continue;
            }

            if (ours.Outcome != reference.Outcome || !SameErrors(ours.Errors, reference.Errors))
            {
                disagreements.Add($"{document.Name}: ours {Describe(ours)}\n    graphql-js {Describe(reference)}");
            }
        }

        disagreements.Should().BeEmpty(string.Join("\n", disagreements));
    }

    [Fact]
    public async Task Introspection_results_equal_graphql_js()
    {
        var answers = await GraphQLJsOracle.AnswersAsync();
        var differences = new List<string>();
        foreach (var (name, reference) in answers.Introspection)
        {
            var ours = IntrospectionRunner.Run(ConformanceCorpus.Schema(name), answers.IntrospectionQuery);
            CollectDifferences(ours, IntrospectionDivergences.WithoutNonSpecificationParts(reference), name, differences);
        }

        answers.Introspection.Keys.Should().BeEquivalentTo(ConformanceCorpus.SchemaSdl.Keys);
        differences.Should().BeEmpty(string.Join("\n", differences));
    }

    [Fact]
    public void Printing_a_parsed_document_gives_text_that_parses_to_the_same_document()
    {
        foreach (var document in ConformanceCorpus.Documents)
        {
            if (TryParse(document.Text) is not { } parsed)
            {
                continue;
            }

            var printed = AstPrinter.Print(parsed);
            AstPrinter.Print(Parser.Parse(printed)).Should().Be(printed, document.Name);
        }
    }

    internal static ReferenceVerdict Judge(CorpusDocument document)
    {
        DocumentNode parsed;
        try
        {
            parsed = Parser.Parse(document.Text);
        }
        catch (GraphQLSyntaxError error)
        {
            return new ReferenceVerdict("syntax", [ToReference(error)]);
        }

        var errors = Validator.Validate(ConformanceCorpus.Schema(document.Schema), parsed);
        return new ReferenceVerdict(errors.Count == 0 ? "valid" : "invalid", [.. errors.Select(ToReference)]);
    }

    private static DocumentNode? TryParse(string text)
    {
        try
        {
            return Parser.Parse(text);
        }
        catch (GraphQLSyntaxError)
        {
            return null;
        }
    }

    private static ReferenceError ToReference(GraphQLError error) => new(error.Message, [.. error.Locations.Select(l => l.ToString())]);

    /// <summary>The same errors, counted as a multiset of location sets (messages are implementation-specific).</summary>
    private static bool SameErrors(IReadOnlyList<ReferenceError> ours, IReadOnlyList<ReferenceError> theirs) =>
        Keys(ours).SequenceEqual(Keys(theirs));

    private static IEnumerable<string> Keys(IReadOnlyList<ReferenceError> errors) =>
        errors.Select(e => string.Join(" ", e.Locations.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);

    private static string Describe(ReferenceVerdict verdict) =>
        $"{verdict.Outcome} [{string.Join("; ", verdict.Errors.Select(e => $"({string.Join(" ", e.Locations)}) {e.Message}"))}]";

    /// <summary>Every place where two JSON trees differ, with a path naming list items by their "name".</summary>
    private static void CollectDifferences(JsonNode? ours, JsonNode? theirs, string path, List<string> differences)
    {
        switch (ours, theirs)
        {
            case (JsonObject a, JsonObject b):
                foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
                {
                    CollectDifferences(a[key], b[key], $"{path}.{key}", differences);
                }

                break;
            case (JsonArray a, JsonArray b):
                for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
                {
                    var label = ((b.ElementAtOrDefault(i) ?? a.ElementAtOrDefault(i)) as JsonObject)?["name"] is { } named ? $"[{i}:{named}]" : $"[{i}]";
                    CollectDifferences(a.ElementAtOrDefault(i), b.ElementAtOrDefault(i), path + label, differences);
                }

                break;
            default:
                if (!JsonNode.DeepEquals(ours, theirs))
                {
                    differences.Add($"{path}: ours {ours?.ToJsonString() ?? "null"}, graphql-js {theirs?.ToJsonString() ?? "null"}");
                }

                break;
        }
    }
}

using System.Text.Json;
using ActorGraph.Domain.Vocabulary;
using ActorGraph.Storage.Neo4j.Cypher;

namespace ActorGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>Checks every statement the adapter can send, and every schema script, with Neo4j's Cypher parser.</summary>
public sealed class CypherLintTests
{
    [Fact]
    public void The_catalog_finds_the_adapter_statements_and_the_schema_scripts()
    {
        CypherCatalog.AdapterStatements().Select(s => s.Name).Should().Contain(["ActorCypher.Upsert", "RelationshipCypher.GetEdges", "AuditCypher.Append"]);
        CypherCatalog.SchemaStatements().Should().Contain(s => s.Text.Contains("FULLTEXT INDEX", StringComparison.Ordinal));
        CypherCatalog.DocumentationStatements().Should().Contain(s => s.Text.Contains("PRESSURES", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_statement_passes_the_Cypher_parser_without_errors_or_warnings()
    {
        var statements = CypherCatalog.AdapterStatements().Concat(CypherCatalog.SchemaStatements()).Concat(CypherCatalog.DocumentationStatements()).Append((Name: "LiveNeo4j.DeleteEverything", Text: Contract.LiveNeo4j.DeleteEverything)).ToList();
        var input = JsonSerializer.Serialize(new
        {
            labels = GraphModel.NodeLabels,
            relationshipTypes = GraphModel.StructuralRelationshipTypes.Concat(RelationshipVocabulary.Default.All.Select(t => t.Code)),
            statements = statements.Select(s => new { name = s.Name, text = s.Text }),
        });

        var output = await NodeTools.RunScriptAsync("lint.mjs", input);

        var results = JsonSerializer.Deserialize<List<LintResult>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        results.Should().HaveCount(statements.Count);
        var problems = results.SelectMany(r => r.Diagnostics.Select(d => $"{r.Name} ({d.Line}:{d.Column}) {d.Severity}: {d.Message}")).ToList();
        problems.Should().BeEmpty("the Cypher parser must accept every statement without errors, deprecations or unknown labels and types");
    }

    [Fact]
    public async Task The_linter_reports_a_syntax_error_a_deprecation_and_an_unknown_label()
    {
        var input = JsonSerializer.Serialize(new
        {
            labels = new[] { "Actor" },
            relationshipTypes = new[] { "MEETS" },
            statements = new[]
            {
                new { name = "syntax", text = "MATC (a:Actor) RETURN a" },
                new { name = "deprecated", text = "MATCH (a:Actor) RETURN id(a)" },
                new { name = "unknown", text = "MATCH (a:Stranger) RETURN a" },
                new { name = "parameter", text = "MATCH (a:Actor {id: $id}) RETURN a" },
            },
        });

        var output = await NodeTools.RunScriptAsync("lint.mjs", input);

        var results = JsonSerializer.Deserialize<List<LintResult>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.ToDictionary(r => r.Name);
        results["syntax"].Diagnostics.Should().Contain(d => d.Severity == "error");
        results["deprecated"].Diagnostics.Should().Contain(d => d.Message.Contains("deprecated", StringComparison.OrdinalIgnoreCase));
        results["unknown"].Diagnostics.Should().Contain(d => d.Message.Contains("Stranger", StringComparison.Ordinal));
        results["parameter"].Diagnostics.Should().BeEmpty("undefined parameters are expected: they are sent with each request");
    }

    private sealed record LintResult(string Name, List<LintDiagnostic> Diagnostics);

    private sealed record LintDiagnostic(string Severity, string Message, int Line, int Column);
}

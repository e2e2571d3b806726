using System.Reflection;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Neo4j.Schema;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Every Cypher statement the adapter can send (the public constants of the Cypher folder), every schema file
/// statement, and the example queries of docs/neo4j.md.
/// </summary>
internal static class CypherCatalog
{
    public const string CypherNamespace = "ActorGraph.Storage.Neo4j.Cypher";

    public static IReadOnlyList<(string Name, string Text)> AdapterStatements() =>
        [.. typeof(Neo4jStoreOptions).Assembly.GetTypes()
            .Where(t => t.Namespace == CypherNamespace)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
                .Select(f => ($"{t.Name}.{f.Name}", (string)f.GetRawConstantValue()!)))
            .OrderBy(s => s.Item1, StringComparer.Ordinal)];

    public static IReadOnlyList<(string Name, string Text)> SchemaStatements() =>
        [.. Directory.GetFiles(RepositoryPaths.Combine("schema", "neo4j"), "*.cypher")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => SchemaScript.Parse(Path.GetFileName(f), File.ReadAllText(f)))
            .SelectMany(s => s.Statements.Select((text, i) => ($"{s.Name}#{i + 1}", text)))];

    public static IReadOnlyList<(string Name, string Text)> DocumentationStatements()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("docs", "neo4j.md"));
        var statements = new List<(string, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```cypher")
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            statements.Add(($"docs/neo4j.md:{i + 2}", string.Join('\n', lines[(i + 1)..end])));
            i = end;
        }

        return statements;
    }
}

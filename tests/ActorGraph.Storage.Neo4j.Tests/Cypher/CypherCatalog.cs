using System.Reflection;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Neo4j.Schema;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>Every Cypher statement the adapter can send: the public constants of the Cypher folder and every schema file.</summary>
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
}

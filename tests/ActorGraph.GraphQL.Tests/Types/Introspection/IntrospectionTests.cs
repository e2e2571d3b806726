using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Tests.Types.Introspection;

public class IntrospectionTests
{
    [Fact]
    public void Full_introspection_equals_graphql_js_except_its_experimental_directive_deprecation()
    {
        var expectedFile = JsonNode.Parse(File.ReadAllText(PathNextToThisFile("expected-introspection.json")))!;
        var schema = SchemaBuilder.FromSdl(File.ReadAllText(PathNextToThisFile("introspection-schema.graphql")));

        var actual = IntrospectionQueryRunner.Run(schema, expectedFile["query"]!.GetValue<string>());

        var expected = expectedFile["result"]!["data"]!.AsObject();
        RemoveExperimentalDirectiveDeprecation(expected);
        JsonNode.DeepEquals(actual, expected).Should().BeTrue(
            "introspection should equal graphql-js's; first difference: {0}", FirstDifference(actual, expected, "data"));
    }

    [Fact]
    public void Resolves_type_by_name_and_type_name()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a(x: Float = 1.0): [Int!] }");

        var result = IntrospectionQueryRunner.Run(schema, """
            { __typename t: __type(name: "Query") { kind name fields { name args { name defaultValue } type { kind ofType { kind ofType { name } } } } } missing: __type(name: "Nope") { name } }
            """);

        result.ToJsonString().Should().Be(
            """{"__typename":"Query","t":{"kind":"OBJECT","name":"Query","fields":[{"name":"a","args":[{"name":"x","defaultValue":"1"}],"type":{"kind":"LIST","ofType":{"kind":"NON_NULL","ofType":{"name":"Int"}}}}]},"missing":null}""");
    }

    // graphql-js 16.15 adds experimental directive deprecation to its introspection types (not in the
    // September 2025 specification, which this engine follows): remove it from the expectation.
    private static void RemoveExperimentalDirectiveDeprecation(JsonObject data)
    {
        foreach (var type in data["__schema"]!["types"]!.AsArray().Select(t => t!.AsObject()))
        {
            switch (type["name"]!.GetValue<string>())
            {
                case "__Directive":
                    RemoveWhere(type["fields"]!.AsArray(), f => f["name"]!.GetValue<string>() is "isDeprecated" or "deprecationReason");
                    break;
                case "__DirectiveLocation":
                    RemoveWhere(type["enumValues"]!.AsArray(), v => v["name"]!.GetValue<string>() == "DIRECTIVE_DEFINITION");
                    break;
                case "__Schema":
                    type["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "directives")!["args"]!.AsArray().Clear();
                    break;
            }
        }

        var deprecated = data["__schema"]!["directives"]!.AsArray().Single(d => d!["name"]!.GetValue<string>() == "deprecated")!;
        RemoveWhere(deprecated["locations"]!.AsArray(), l => l.GetValue<string>() == "DIRECTIVE_DEFINITION");
    }

    private static void RemoveWhere(JsonArray array, Func<JsonNode, bool> predicate)
    {
        foreach (var item in array.Where(i => predicate(i!)).ToList())
        {
            array.Remove(item);
        }
    }

    private static string FirstDifference(JsonNode? actual, JsonNode? expected, string path)
    {
        if (JsonNode.DeepEquals(actual, expected))
        {
            return "none";
        }

        switch (expected)
        {
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (var (key, value) in expectedObject)
                {
                    if (!JsonNode.DeepEquals(actualObject[key], value))
                    {
                        return FirstDifference(actualObject[key], value, path + "." + key);
                    }
                }

                return $"{path}: extra keys {string.Join(",", actualObject.Select(p => p.Key).Except(expectedObject.Select(p => p.Key)))}";
            case JsonArray expectedArray when actual is JsonArray actualArray:
                for (var i = 0; i < Math.Min(expectedArray.Count, actualArray.Count); i++)
                {
                    if (!JsonNode.DeepEquals(actualArray[i], expectedArray[i]))
                    {
                        return FirstDifference(actualArray[i], expectedArray[i], $"{path}[{i}]");
                    }
                }

                return $"{path}: {actualArray.Count} items instead of {expectedArray.Count}";
            default:
                return $"{path}: {actual?.ToJsonString() ?? "null"} instead of {expected?.ToJsonString() ?? "null"}";
        }
    }

    private static string PathNextToThisFile(string fileName, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, fileName);
}

using System.Text.Json.Nodes;

namespace ActorGraph.GraphQL.Tests.Conformance;

/// <summary>
/// What graphql-js 16.15 adds to introspection beyond the September 2025 specification (directive
/// deprecation, a proposal not in the specification). The engine follows the specification, so these parts
/// are removed from graphql-js's answer before comparing; everything else must be equal.
/// </summary>
public static class IntrospectionDivergences
{
    /// <summary>graphql-js's <c>__Directive.isDeprecated</c> and <c>deprecationReason</c>: directive deprecation is not specified.</summary>
    private static readonly string[] DirectiveDeprecationFields = ["isDeprecated", "deprecationReason"];

    /// <summary>graphql-js's DIRECTIVE_DEFINITION location (so that @deprecated can mark directives): not a specified location.</summary>
    private const string DirectiveDefinitionLocation = "DIRECTIVE_DEFINITION";

    public static JsonNode WithoutNonSpecificationParts(JsonNode graphqlJsResult)
    {
        var result = graphqlJsResult.DeepClone();
        var schema = result["__schema"]!;
        foreach (var type in schema["types"]!.AsArray().OfType<JsonObject>())
        {
            switch ((string?)type["name"])
            {
                case "__Schema":
                    // graphql-js's __Schema.directives(includeDeprecated:) argument belongs to directive deprecation.
                    var directives = type["fields"]!.AsArray().OfType<JsonObject>().Single(f => (string?)f["name"] == "directives");
                    directives["args"] = new JsonArray();
                    break;
                case "__Directive":
                    RemoveWhere(type["fields"]!.AsArray(), f => DirectiveDeprecationFields.Contains((string?)f!["name"]));
                    break;
                case "__DirectiveLocation":
                    RemoveWhere(type["enumValues"]!.AsArray(), v => (string?)v!["name"] == DirectiveDefinitionLocation);
                    break;
            }
        }

        foreach (var directive in schema["directives"]!.AsArray().OfType<JsonObject>())
        {
            RemoveWhere(directive["locations"]!.AsArray(), l => (string?)l == DirectiveDefinitionLocation);
        }

        return result;
    }

    private static void RemoveWhere(JsonArray array, Func<JsonNode?, bool> predicate)
    {
        for (var i = array.Count - 1; i >= 0; i--)
        {
            if (predicate(array[i]))
            {
                array.RemoveAt(i);
            }
        }
    }
}

using System.Collections;
using System.Text.Json.Nodes;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Types.Introspection;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Runs an introspection query (one whose root fields are introspection fields) over a schema with the
/// engine's <see cref="IntrospectionResolver"/>, so introspection can be compared without resolvers for the
/// schema's own fields.
/// </summary>
internal sealed class IntrospectionRunner(Schema schema, DocumentNode document)
{
    public static JsonObject Run(Schema schema, string query)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return new IntrospectionRunner(schema, document).Select(null, operation.SelectionSet);
    }

    private JsonObject Select(object? source, SelectionSetNode selectionSet)
    {
        var result = new JsonObject();
        foreach (var (key, field) in Fields(selectionSet))
        {
            var value = source is null ? RootField(field) : IntrospectionResolver.Resolve(schema, source, field.Name.Value, Arguments(field));
            result[key] = Complete(value, field.SelectionSet);
        }

        return result;
    }

    private object? RootField(FieldNode field) => field.Name.Value switch
    {
        "__schema" => schema,
        "__type" => IntrospectionResolver.ResolveTypeByName(schema, (string)Arguments(field)["name"]!),
        "__typename" => schema.QueryType!.Name,
        var name => throw new InvalidOperationException($"{name} is not an introspection field."),
    };

    private JsonNode? Complete(object? value, SelectionSetNode? selectionSet) => value switch
    {
        null => null,
        string or bool => JsonValue.Create(value),
        IEnumerable items => new JsonArray([.. items.Cast<object?>().Select(item => Complete(item, selectionSet))]),
        _ when selectionSet is not null => Select(value, selectionSet),
        _ => JsonValue.Create(value.ToString()),
    };

    private static Dictionary<string, object?> Arguments(FieldNode field) =>
        field.Arguments.ToDictionary(a => a.Name.Value, a => ValueFromAst.Untyped(a.Value));

    private IEnumerable<(string Key, FieldNode Field)> Fields(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    yield return (field.ResponseKey, field);
                    break;
                case InlineFragmentNode inline:
                    foreach (var nested in Fields(inline.SelectionSet))
                    {
                        yield return nested;
                    }

                    break;
                case FragmentSpreadNode spread:
                    var fragment = document.Definitions.OfType<FragmentDefinitionNode>().Single(f => f.Name.Value == spread.Name.Value);
                    foreach (var nested in Fields(fragment.SelectionSet))
                    {
                        yield return nested;
                    }

                    break;
            }
        }
    }
}

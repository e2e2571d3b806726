using System.Text.Json.Nodes;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Types.Introspection;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Tests.Types.Introspection;

/// <summary>
/// Runs an introspection-only query over the schema model with <see cref="IntrospectionResolver"/>: just
/// enough of an executor (fields, aliases, fragments, arguments, lists, non-null) to compare results.
/// </summary>
internal sealed class IntrospectionQueryRunner(Schema schema, DocumentNode document)
{
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments =
        document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);

    public static JsonObject Run(Schema schema, string query)
    {
        var document = Parser.Parse(query);
        var runner = new IntrospectionQueryRunner(schema, document);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return runner.SelectionSet(operation.SelectionSet, schema.QueryType!, null);
    }

    private JsonObject SelectionSet(SelectionSetNode selectionSet, ObjectType type, object? source)
    {
        var result = new JsonObject();
        foreach (var field in CollectFields(selectionSet))
        {
            var definition = TypeHelpers.GetFieldDefinition(schema, type, field.Name.Value)
                ?? throw new InvalidOperationException($"Unknown field {type.Name}.{field.Name.Value}.");
            var arguments = new Dictionary<string, object?>();
            foreach (var argument in definition.Arguments)
            {
                var node = field.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name);
                if (node is not null && ValueFromAst.TryConvert(node.Value, argument.Type, null, out var value))
                {
                    arguments[argument.Name] = value;
                }
                else if (argument.HasDefaultValue)
                {
                    arguments[argument.Name] = argument.DefaultValue;
                }
            }

            var resolved = field.Name.Value switch
            {
                "__typename" => type.Name,
                "__schema" => schema,
                "__type" => IntrospectionResolver.ResolveTypeByName(schema, (string)arguments["name"]!),
                _ => IntrospectionResolver.Resolve(schema, source!, field.Name.Value, arguments),
            };
            result[field.ResponseKey] = Complete(definition.Type, field, resolved);
        }

        return result;
    }

    private JsonNode? Complete(GraphQLType type, FieldNode field, object? value)
    {
        if (value is null)
        {
            return null;
        }

        return type switch
        {
            NonNullType nonNull => Complete(nonNull.OfType, field, value),
            ListType list => new JsonArray(((System.Collections.IEnumerable)value).Cast<object?>().Select(v => Complete(list.OfType, field, v)).ToArray()),
            EnumType enumType => JsonValue.Create(enumType.Serialize(value)),
            ScalarType scalar => JsonValue.Create(scalar.Serialize(value)),
            ObjectType obj => SelectionSet(field.SelectionSet!, obj, value),
            _ => throw new InvalidOperationException($"Cannot complete {type}."),
        };
    }

    private IEnumerable<FieldNode> CollectFields(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var nested = selection switch
            {
                FieldNode field => [field],
                FragmentSpreadNode spread => CollectFields(_fragments[spread.Name.Value].SelectionSet),
                InlineFragmentNode inline => CollectFields(inline.SelectionSet),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }
}

using System.Text.Json;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL;
using ActorGraph.Server.Tests.Support;
using ActorGraph.TestSupport;

namespace ActorGraph.Server.Tests.GraphQL;

public sealed class SchemaFileTests
{
    private const string Introspection = """
        query { __schema {
          queryType { name } mutationType { name }
          types { kind name description
            fields(includeDeprecated: true) { name description args { name description defaultValue type { ...Ref } } type { ...Ref } }
            inputFields { name description defaultValue type { ...Ref } }
            interfaces { name } possibleTypes { name }
            enumValues(includeDeprecated: true) { name description } } } }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        """;

    [Fact]
    public async Task The_served_introspection_is_that_of_the_schema_file()
    {
        await using var app = await TestApp.StartAsync(seed: false);
        var served = (await app.GraphQL().QueryAsync(Introspection)).ToString();

        var fromFile = ActorGraphSchema.Build(await File.ReadAllTextAsync(RepositoryPaths.Combine("schema", "actorgraph.graphql")));
        var result = await new GraphQLExecutor(fromFile, new GraphQLExecutorOptions()).ExecuteAsync(
            new GraphQLRequest { Query = Introspection },
            new GraphQLRequestContext { Services = app.Services },
            CancellationToken.None);
        var expected = JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data").ToString();

        served.Should().Be(expected);
    }

    [Fact]
    public async Task Every_type_field_argument_input_field_and_enum_value_has_a_description()
    {
        await using var app = await TestApp.StartAsync(seed: false);
        var types = (await app.GraphQL().QueryAsync(Introspection)).GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Where(t => !t.GetProperty("name").GetString()!.StartsWith("__", StringComparison.Ordinal)
                && t.GetProperty("name").GetString() is not ("String" or "Int" or "Float" or "Boolean" or "ID"));

        var undescribed = new List<string>();
        foreach (var type in types)
        {
            var name = type.GetProperty("name").GetString();
            Check(type, name);
            foreach (var field in Items(type, "fields").Concat(Items(type, "inputFields")))
            {
                Check(field, $"{name}.{field.GetProperty("name").GetString()}");
                foreach (var arg in Items(field, "args"))
                {
                    Check(arg, $"{name}.{field.GetProperty("name").GetString()}({arg.GetProperty("name").GetString()})");
                }
            }

            foreach (var value in Items(type, "enumValues"))
            {
                Check(value, $"{name}.{value.GetProperty("name").GetString()}");
            }
        }

        undescribed.Should().BeEmpty();

        void Check(JsonElement element, string? coordinate)
        {
            if (element.GetProperty("description").ValueKind != JsonValueKind.String || element.GetProperty("description").GetString()!.Trim().Length == 0)
            {
                undescribed.Add(coordinate!);
            }
        }
    }

    [Fact]
    public void The_application_ships_the_same_schema_file_as_the_repository()
    {
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "actorgraph.graphql"))
            .Should().Be(File.ReadAllText(RepositoryPaths.Combine("schema", "actorgraph.graphql")));
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string property) =>
        element.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];
}

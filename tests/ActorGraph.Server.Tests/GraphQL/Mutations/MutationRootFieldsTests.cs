using ActorGraph.GraphQL.Language;
using ActorGraph.Server.GraphQL.Mutations;

namespace ActorGraph.Server.Tests.GraphQL.Mutations;

public sealed class MutationRootFieldsTests
{
    [Fact]
    public void A_query_has_no_mutation_fields()
    {
        MutationRootFields.Of(Parser.Parse("{ viewer { name } }"), null, null).Should().BeNull();
    }

    [Fact]
    public void Without_an_operation_name_a_document_of_several_operations_selects_none()
    {
        MutationRootFields.Of(Parser.Parse("mutation A { a } mutation B { b }"), null, null).Should().BeNull();
    }

    [Fact]
    public void Fields_come_through_fragments_spread_twice_and_in_a_cycle_once_each()
    {
        var document = Parser.Parse("mutation { ...A ...A b: second } fragment A on Mutation { first ...A }");

        Names(MutationRootFields.Of(document, null, null)).Should().Equal("first", "b");
    }

    [Theory]
    [InlineData("{}", new[] { "always" })]
    [InlineData("""{ "on": true }""", new[] { "always", "included", "notSkipped" })]
    [InlineData("""{ "on": false, "off": true }""", new[] { "always" })]
    public void Skip_and_include_read_variables_and_defaults(string variables, string[] expected)
    {
        var document = Parser.Parse("""
            mutation ($on: Boolean, $off: Boolean = false) {
              always
              included @include(if: $on)
              notSkipped @skip(if: $off) @include(if: $on)
            }
            """);
        var values = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(variables)!
            .ToDictionary(p => p.Key, p => (object?)(p.Value.ValueKind switch
            {
                System.Text.Json.JsonValueKind.True => true,
                System.Text.Json.JsonValueKind.False => false,
                _ => null,
            }));

        Names(MutationRootFields.Of(document, null, values)).Should().Equal(expected);
    }

    private static IEnumerable<string> Names(IReadOnlyList<FieldNode>? fields) => fields!.Select(f => f.ResponseKey);
}

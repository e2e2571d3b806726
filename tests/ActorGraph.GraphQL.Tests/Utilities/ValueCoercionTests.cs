using System.Text.Json;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Tests.Utilities;

public class ValueCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { a(i: In): Int }
        input In { name: String!, count: Int = 3, tags: [String!], nested: In, kind: Kind }
        input One @oneOf { a: Int, b: String }
        enum Kind { A B }
        """);

    private static readonly InputObjectType In = (InputObjectType)Schema.GetType("In")!;
    private static readonly InputObjectType One = (InputObjectType)Schema.GetType("One")!;

    [Fact]
    public void Coerces_literals_with_defaults_lists_and_variables()
    {
        var literal = Parser.ParseValue("{name: \"x\", tags: \"single\", nested: {name: $n}, kind: B}");

        ValueFromAst.TryConvert(literal, In, new Dictionary<string, object?> { ["n"] = "inner" }, out var value).Should().BeTrue();

        value.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["name"] = "x",
            ["count"] = 3,
            ["tags"] = new List<object?> { "single" },
            ["nested"] = new Dictionary<string, object?> { ["name"] = "inner", ["count"] = 3 },
            ["kind"] = "B",
        });
    }

    [Theory]
    [InlineData("{count: 1}")]
    [InlineData("{name: null}")]
    [InlineData("{name: \"x\", unknown: 1}")]
    [InlineData("{name: \"x\", kind: C}")]
    [InlineData("{name: $missing}")]
    [InlineData("[{name: \"x\"}]")]
    public void Rejects_literals_that_do_not_coerce(string text)
    {
        ValueFromAst.TryConvert(Parser.ParseValue(text), In, new Dictionary<string, object?>(), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("{a: 1}", true)]
    [InlineData("{a: 1, b: \"x\"}", false)]
    [InlineData("{a: null}", false)]
    [InlineData("{}", false)]
    public void Requires_exactly_one_non_null_field_for_one_of_literals(string text, bool valid)
    {
        ValueFromAst.TryConvert(Parser.ParseValue(text), One, null, out _).Should().Be(valid);
    }

    [Fact]
    public void Coerces_json_variables()
    {
        using var json = JsonDocument.Parse("""{"name": "x", "tags": ["a", "b"], "nested": {"name": "y", "count": 9}}""");

        CoerceInputValue.TryCoerce(json.RootElement, new NonNullType(In), out var value, out var errors).Should().BeTrue();

        errors.Should().BeEmpty();
        value.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["name"] = "x",
            ["count"] = 3,
            ["tags"] = new List<object?> { "a", "b" },
            ["nested"] = new Dictionary<string, object?> { ["name"] = "y", ["count"] = 9 },
        });
    }

    [Fact]
    public void Reports_every_problem_with_its_path()
    {
        using var json = JsonDocument.Parse("""{"count": "many", "tags": ["a", null], "nested": {"name": 1}, "extra": true}""");

        CoerceInputValue.TryCoerce(json.RootElement, In, out _, out var errors).Should().BeFalse();

        errors.Select(e => (e.FormatPath(), e.Error.Message)).Should().Equal(
            (string.Empty, "Field \"name\" of required type \"String!\" was not provided."),
            (".count", "Int cannot represent non-integer value: \"many\""),
            (".tags[1]", "Expected non-nullable type \"String!\" not to be null."),
            (".nested.name", "String cannot represent a non string value: 1"),
            (string.Empty, "Field \"extra\" is not defined by type \"In\"."));
    }

    [Fact]
    public void Reports_one_of_violations()
    {
        CoerceInputValue.TryCoerce(new Dictionary<string, object?> { ["a"] = null }, One, out _, out var errors).Should().BeFalse();
        errors.Single().Error.Message.Should().Be("Field \"a\" must be non-null.");
        errors.Single().FormatPath().Should().Be(".a");

        CoerceInputValue.TryCoerce(new Dictionary<string, object?> { ["a"] = 1, ["b"] = "x" }, One, out _, out errors).Should().BeFalse();
        errors.Single().Error.Message.Should().Be("Exactly one key must be specified for OneOf type \"One\".");
    }

    [Fact]
    public void Wraps_a_single_value_in_a_list()
    {
        CoerceInputValue.TryCoerce(5, new ListType(BuiltInScalars.Int), out var value, out _).Should().BeTrue();

        value.Should().BeEquivalentTo(new List<object?> { 5 });
    }

    [Theory]
    [InlineData(1.0, "Float", "1")]
    [InlineData(1.5, "Float", "1.5")]
    [InlineData(1e25, "Float", "1e+25")]
    [InlineData(0.000001, "Float", "0.000001")]
    [InlineData(1e-7, "Float", "1e-7")]
    [InlineData("42", "ID", "42")]
    [InlineData("4x", "ID", "\"4x\"")]
    [InlineData("a\nb", "String", "\"a\\nb\"")]
    [InlineData(true, "Boolean", "true")]
    public void Prints_values_as_graphql_js_prints_default_values(object value, string typeName, string expected)
    {
        var type = BuiltInScalars.Find(typeName)!;

        AstPrinter.Print(AstFromValue.Convert(value, type)!).Should().Be(expected);
    }

    [Fact]
    public void Converts_input_objects_and_lists_to_literals()
    {
        var value = new Dictionary<string, object?> { ["name"] = "x", ["tags"] = new List<object?> { "a" }, ["kind"] = "A", ["nested"] = null };

        AstPrinter.Print(AstFromValue.Convert(value, In)!).Should().Be("{name: \"x\", tags: [\"a\"], nested: null, kind: A}");
        AstFromValue.Convert(null, new NonNullType(BuiltInScalars.Int)).Should().BeNull();
    }
}

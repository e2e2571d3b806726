using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Tests.Types;

public class BuiltInScalarsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2.0, 2)]
    [InlineData(true, 1)]
    [InlineData("-7", -7)]
    public void Int_serialises_whole_numbers(object value, int expected)
    {
        BuiltInScalars.Int.Serialize(value).Should().Be(expected);
    }

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(3_000_000_000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("x", "Int cannot represent non-integer value: \"x\"")]
    public void Int_rejects_other_values_with_graphql_js_messages(object value, string message)
    {
        Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.Serialize(value)).Message.Should().Be(message);
    }

    [Fact]
    public void Int_input_coercion_accepts_only_32_bit_integers()
    {
        BuiltInScalars.Int.ParseValue(5L).Should().Be(5);
        Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.ParseValue("5"));
        Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.ParseValue(2.5));
        BuiltInScalars.Int.ParseLiteral(new IntValueNode("-2147483648")).Should().Be(int.MinValue);
        Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.ParseLiteral(new IntValueNode("2147483648")))
            .Message.Should().Be("Int cannot represent non 32-bit signed integer value: 2147483648");
        Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.ParseLiteral(new FloatValueNode("1.0")))
            .Message.Should().Be("Int cannot represent non-integer value: 1.0");
    }

    [Fact]
    public void Float_accepts_ints_and_floats_but_not_strings_as_input()
    {
        BuiltInScalars.Float.ParseValue(3).Should().Be(3.0);
        BuiltInScalars.Float.ParseLiteral(new IntValueNode("3")).Should().Be(3.0);
        BuiltInScalars.Float.ParseLiteral(new FloatValueNode("1.5e2")).Should().Be(150.0);
        Assert.Throws<GraphQLError>(() => BuiltInScalars.Float.ParseValue("1.5"));
        Assert.Throws<GraphQLError>(() => BuiltInScalars.Float.Serialize(double.NaN));
    }

    [Fact]
    public void String_and_boolean_follow_the_specification()
    {
        BuiltInScalars.String.Serialize(true).Should().Be("true");
        BuiltInScalars.String.Serialize(1.5).Should().Be("1.5");
        Assert.Throws<GraphQLError>(() => BuiltInScalars.String.ParseValue(1))
            .Message.Should().Be("String cannot represent a non string value: 1");
        BuiltInScalars.Boolean.Serialize(0).Should().Be(false);
        Assert.Throws<GraphQLError>(() => BuiltInScalars.Boolean.ParseValue(1));
        Assert.Throws<GraphQLError>(() => BuiltInScalars.Boolean.ParseLiteral(new StringValueNode("true")))
            .Message.Should().Be("Boolean cannot represent a non boolean value: \"true\"");
    }

    [Fact]
    public void ID_accepts_strings_and_integers()
    {
        BuiltInScalars.ID.ParseValue(42).Should().Be("42");
        BuiltInScalars.ID.ParseValue("abc").Should().Be("abc");
        BuiltInScalars.ID.ParseLiteral(new IntValueNode("7")).Should().Be("7");
        BuiltInScalars.ID.Serialize(12L).Should().Be("12");
        Assert.Throws<GraphQLError>(() => BuiltInScalars.ID.ParseValue(1.5));
        Assert.Throws<GraphQLError>(() => BuiltInScalars.ID.ParseLiteral(new FloatValueNode("1.5")))
            .Message.Should().Be("ID cannot represent a non-string and non-integer value: 1.5");
    }

    [Fact]
    public void Enums_coerce_between_names_and_internal_values()
    {
        var color = new EnumType("Color", [new EnumValueDefinition("RED", 1), new EnumValueDefinition("BLUE")]);

        color.Serialize(1).Should().Be("RED");
        color.ParseValue("BLUE").Should().Be("BLUE");
        color.ParseLiteral(new EnumValueNode("RED")).Should().Be(1);
        Assert.Throws<GraphQLError>(() => color.ParseValue("GREEN")).Message.Should().Be("Value \"GREEN\" does not exist in \"Color\" enum.");
        Assert.Throws<GraphQLError>(() => color.ParseLiteral(new StringValueNode("RED")))
            .Message.Should().Be("Enum \"Color\" cannot represent non-enum value: \"RED\".");
        Assert.Throws<GraphQLError>(() => color.Serialize(2)).Message.Should().Be("Enum \"Color\" cannot represent value: 2");
    }
}

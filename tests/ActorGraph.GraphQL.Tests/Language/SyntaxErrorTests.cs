using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Tests.Language;

/// <summary>Messages, lines and columns as graphql-js 16.15 reports them for the same documents.</summary>
public class SyntaxErrorTests
{
    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Expected Name, found <EOF>.", 1, 4)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("{ a(b: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ a: }", "Expected Name, found \"}\".", 1, 6)]
    [InlineData("'a'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("{ a(x: \"abc) }", "Unterminated string.", 1, 15)]
    [InlineData("{ a(x: \"a\\qb\") }", "Invalid character escape sequence: \"\\q\".", 1, 10)]
    [InlineData("{ a(x: \"\\u12G4\") }", "Invalid Unicode escape sequence: \"\\u12G4\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD800\") }", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD800\\u0041\") }", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{110000}\") }", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{}\") }", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{D800}\") }", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{00000000041}\") }", "Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 9)]
    [InlineData("{ a(x: 01) }", "Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ a(x: 1.) }", "Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 1.e) }", "Invalid number, expected digit but got: \"e\".", 1, 10)]
    [InlineData("{ a(x: 1e) }", "Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 1a) }", "Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{ a(x: 1.5.1) }", "Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(x: -) }", "Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(x: 0x10) }", "Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(x: 1_000) }", "Invalid number, expected digit but got: \"_\".", 1, 9)]
    [InlineData("{ a(x: .5) }", "Unexpected character: \".\".", 1, 8)]
    [InlineData("{ a(x: \"\"\"abc) }", "Unterminated string.", 1, 17)]
    [InlineData("\n\n  { a \u0007 }", "Unexpected character: U+0007.", 3, 7)]
    [InlineData("{ a ?}", "Unexpected character: \"?\".", 1, 5)]
    [InlineData("{ a(x: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ a(x: {b: 1) }", "Expected Name, found \")\".", 1, 13)]
    [InlineData("\"d\" \"e\" query { a }", "Unexpected String \"e\".", 1, 5)]
    [InlineData("query Q(\"d\") { a }", "Expected \"$\", found \")\".", 1, 12)]
    [InlineData("extend foo", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend type A", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("type A {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on FOO", "Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d(a: Int) FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 22)]
    [InlineData("union U = ", "Expected Name, found <EOF>.", 1, 11)]
    [InlineData("schema { query: Q ", "Expected Name, found <EOF>.", 1, 19)]
    [InlineData("input I { a: Int = $v }", "Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("type T { f(a: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("query ($a: Int @d(x: $y)) { a }", "Unexpected variable \"$y\" in constant value.", 1, 22)]
    [InlineData("{ a(b: \"\u00e9t\u00e9\") } ?", "Unexpected character: \"?\".", 1, 17)]
    [InlineData("{ a(b: \"\u00e9\") \u00e9 }", "Unexpected character: U+00E9.", 1, 13)]
    [InlineData("{ a(b: \"x\ny\") }", "Unterminated string.", 1, 10)]
    [InlineData("{ a ... }", "Expected \"{\", found \"}\".", 1, 9)]
    [InlineData("{ a .. }", "Unexpected character: \".\".", 1, 5)]
    [InlineData("scalar S @d(a: 1) extend", "Unexpected <EOF>.", 1, 25)]
    [InlineData("schema { muta'ion: M }", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 14)]
    [InlineData("{ a(x: \"\\u\u00e90e9\") }", "Invalid Unicode escape sequence: \"\\u\u00e90e9\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD83D\\uDE00\") \ud83d\ude00 }", "Unexpected character: U+1F600.", 1, 24)]
    public void Reports_the_same_message_and_location_as_graphql_js(string document, string description, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(document));

        error.Message.Should().Be("Syntax Error: " + description);
        error.Description.Should().Be(description);
        (error.Line, error.Column).Should().Be((line, column));
        error.Locations.Should().Equal(new SourceLocation(line, column));
        error.Code.Should().Be(ErrorCodes.ParseFailed);
    }

    [Theory]
    [InlineData("\"desc\" extend type T { a: Int }", 1, 1)]
    [InlineData("{ a }\n  \"\"\"desc\"\"\" extend schema @d", 2, 3)]
    public void Rejects_a_description_before_an_extension(string document, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(document));

        error.Description.Should().Be("Unexpected description, only GraphQL definitions support descriptions.");
        (error.Line, error.Column).Should().Be((line, column));
    }

    [Theory]
    [InlineData("\"desc\" { a }", 1, 1)]
    [InlineData("query Q { a }\n\"\"\"desc\"\"\"\n{ b }", 2, 1)]
    public void Rejects_a_description_before_a_shorthand_query(string document, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(document));

        error.Description.Should().Be("Unexpected description, descriptions are not supported on shorthand queries.");
        (error.Line, error.Column).Should().Be((line, column));
    }

    [Fact]
    public void Counts_columns_after_a_carriage_return_line_feed_from_the_new_line()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{\r\n  a\r\n  ?\r\n}"));

        (error.Line, error.Column).Should().Be((3, 3));
    }
}

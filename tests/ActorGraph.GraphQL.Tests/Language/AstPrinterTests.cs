using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Tests.Language;

public class AstPrinterTests
{
    public static TheoryData<string> CorpusDocuments => new()
    {
        Corpus.KitchenSinkQuery,
        Corpus.KitchenSinkSchema,
        "query Q($a: [[Int!]]! = [[1]], $b: In = {x: {y: [ENUM, null]}}) @d { a: b(c: $a) @e(f: \"g\") { ... on T { h } } }",
        "{ f(s: \"\"\"  leading space\"\"\", t: \"\"\"\n  indented\n    more\n\"\"\", u: \"\"\"trailing quote\"\n\"\"\") }",
        "{ f(s: \"\"\"line\r\nbreaks\"\"\", t: \"\"\"has \\\"\"\" inside\"\"\", u: \"\"\"ends with slash\\\n\"\"\") }",
        "type T {\n  \"\"\"\n  multi\n    line\n  \"\"\"\n  f(\"arg doc\" a: Int = 1, b: String): [T!]!\n}",
        "{ f(s: \"\\u0000 control \\u001F and \\u007F\") }",
        "\"Named\" query Q(\"The id\" $id: ID, $n: Int = 1) { a }\n\"\"\"\nAnonymous\n  query\n\"\"\" query { b }\n\"F\" fragment F on T { c }",
        "query ($s: String = \"\"\"two\nlines\"\"\") { a }",
    };

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public void Printed_documents_parse_back_to_the_same_ast(string text)
    {
        var original = Parser.Parse(text, ParserOptions.Schema);

        var printed = AstPrinter.Print(original);
        var reparsed = Parser.Parse(printed, ParserOptions.Schema);

        reparsed.ShouldEqualIgnoringLocations(original);
        AstPrinter.Print(reparsed).Should().Be(printed);
    }

    [Fact]
    public void Prints_in_graphql_js_layout()
    {
        var document = Parser.Parse("query Q($a: Int = 1) { a(x: [1, 2], y: {z: 1}) @skip(if: $a) { b } ...F ... on T { c } }");

        AstPrinter.Print(document).Should().Be("""
            query Q($a: Int = 1) {
              a(x: [1, 2], y: {z: 1}) @skip(if: $a) {
                b
              }
              ...F
              ... on T {
                c
              }
            }
            """);
    }

    [Fact]
    public void Prints_an_anonymous_query_in_short_form()
    {
        AstPrinter.Print(Parser.Parse("query { a }")).Should().Be("{\n  a\n}");
    }

    [Fact]
    public void Prints_descriptions_of_executable_definitions_as_graphql_js_does()
    {
        var document = Parser.Parse("""
            "Named" query Q { a }
            "Anonymous" query { b }
            "Fragment" fragment F on T @d { c }
            query V("The id" $id: ID, $n: Int = 1) { d }
            """);

        AstPrinter.Print(document).Should().Be("""
            "Named"
            query Q {
              a
            }

            "Anonymous"
            query {
              b
            }

            "Fragment"
            fragment F on T @d {
              c
            }

            query V(
            "The id"
            $id: ID
            $n: Int = 1
            ) {
              d
            }
            """);
    }

    [Theory]
    [InlineData("\"\"\"block\n  desc\"\"\" query { now }", "\"\"\"\nblock\ndesc\n\"\"\"\nquery {\n  now\n}")]
    [InlineData("query ($x: String = \"\"\"a\nb\"\"\") { now }", "query (\n$x: String = \"\"\"\na\nb\n\"\"\"\n) {\n  now\n}")]
    public void Prints_multiline_block_strings_before_and_in_variable_definitions_as_graphql_js_does(string text, string expected)
    {
        AstPrinter.Print(Parser.Parse(text)).Should().Be(expected);
    }

    [Fact]
    public void Prints_strings_with_graphql_js_escapes()
    {
        StringPrinter.Print("a\"b\\c\n\u0001\u0085é").Should().Be("\"a\\\"b\\\\c\\n\\u0001\\u0085é\"");
    }

    [Theory]
    [InlineData("simple", true)]
    [InlineData("", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("  a\n  b", false)]
    [InlineData("a\n  b", true)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("bell\u0007", false)]
    public void Knows_when_a_value_prints_safely_as_a_block_string(string value, bool printable)
    {
        BlockString.IsPrintableAsBlockString(value).Should().Be(printable);
    }

    [Fact]
    public void Prints_a_block_string_that_cannot_round_trip_as_a_plain_string()
    {
        var node = new StringValueNode("\nstarts with a newline", block: true);

        AstPrinter.Print(node).Should().Be("\"\\nstarts with a newline\"");
    }
}

using System.Text;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Tests.Language;

public class ParserLimitsTests
{
    [Fact]
    public void Rejects_ten_thousand_nested_selection_sets_without_exhausting_the_stack()
    {
        var text = Nested(10_000);

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text));

        error.Description.Should().Be("Document exceeds the maximum nesting depth of 128. Parsing aborted.");
    }

    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void Rejects_deeply_nested_values(char open, char close)
    {
        var inner = open == '{' ? "a: 1" : "1";
        var value = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            value.Append(open).Append(open == '{' ? "a: " : string.Empty);
        }

        var text = "{ f(x: " + value.ToString()[..^(open == '{' ? 3 : 0)] + inner + new string(close, 10_000) + ") }";

        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text)).Description.Should().Contain("maximum nesting depth");
    }

    [Fact]
    public void Rejects_deeply_nested_list_types()
    {
        var text = "query ($a: " + new string('[', 5_000) + "Int" + new string(']', 5_000) + ") { a }";

        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text)).Description.Should().Contain("maximum nesting depth");
    }

    [Fact]
    public void Accepts_nesting_up_to_the_limit()
    {
        var options = new ParserOptions { MaxDepth = 10 };

        Parser.Parse(Nested(10), options).Definitions.Should().HaveCount(1);
        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(Nested(11), options));
    }

    [Fact]
    public void Rejects_a_hundred_thousand_aliases_at_the_token_limit()
    {
        var text = new StringBuilder("{");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append(" a").Append(i).Append(": f");
        }

        text.Append('}');

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text.ToString(), new ParserOptions { MaxDocumentBytes = int.MaxValue }));

        error.Description.Should().Be("Document contains more than 50000 tokens. Parsing aborted.");
        error.Code.Should().Be(ErrorCodes.TooManyTokens);
    }

    [Fact]
    public void Counts_tokens_as_graphql_js_does()
    {
        var options = new ParserOptions { MaxTokens = 4 };

        Parser.Parse("{ a # comment\n b }", options).Definitions.Should().HaveCount(1);
        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a b c }", options)).Column.Should().Be(9);
    }

    [Fact]
    public void Rejects_a_document_over_the_byte_limit_before_lexing()
    {
        var text = "{ f(s: \"" + new string('x', 1024 * 1024) + "\") }";

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text));

        error.Description.Should().Be("Document is larger than the limit of 1048576 bytes. Parsing aborted.");
    }

    [Fact]
    public void Reads_a_one_megabyte_string_when_the_limit_allows_it()
    {
        var text = "{ f(s: \"" + new string('x', 1024 * 1024) + "\") }";

        var document = Parser.Parse(text, ParserOptions.Schema);

        ((FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0])
            .Arguments[0].Value.As<StringValueNode>().Value.Should().HaveLength(1024 * 1024);
    }

    /// <summary>A query whose selection sets nest <paramref name="depth"/> levels deep.</summary>
    private static string Nested(int depth) =>
        "{" + string.Concat(Enumerable.Repeat(" a {", depth - 1)) + " a" + new string('}', depth);
}

using System.Text;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Tests.Language;

public class LexerTests
{
    [Fact]
    public void Reads_every_punctuator()
    {
        Kinds("! $ & ( ) ... : = @ [ ] { | }").Should().Equal(
            TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
            TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
            TokenKind.Pipe, TokenKind.BraceR);
    }

    [Fact]
    public void Skips_whitespace_commas_comments_and_byte_order_marks()
    {
        var tokens = Tokens("\uFEFF  ,,\t# a comment { with tokens }\r\n  name # trailing\n\uFEFFother,");

        tokens.Should().Equal((TokenKind.Name, "name"), (TokenKind.Name, "other"));
    }

    [Fact]
    public void Reports_token_offsets_in_utf8_bytes()
    {
        var source = new Source("\"é\" x");
        var reader = new Utf8GraphQLReader(source);
        reader.Read();
        (reader.Start, reader.End).Should().Be((0, 4));
        reader.Read();
        (reader.Start, reader.End).Should().Be((5, 6));
        reader.Read().Should().BeFalse();
        reader.Kind.Should().Be(TokenKind.EndOfFile);
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("123", TokenKind.Int)]
    [InlineData("-42", TokenKind.Int)]
    [InlineData("0.5", TokenKind.Float)]
    [InlineData("-1.25", TokenKind.Float)]
    [InlineData("1e10", TokenKind.Float)]
    [InlineData("1E-10", TokenKind.Float)]
    [InlineData("6.0221e+23", TokenKind.Float)]
    [InlineData("-0.0e0", TokenKind.Float)]
    public void Reads_numbers_with_their_raw_text(string text, TokenKind kind)
    {
        Tokens(text).Should().Equal((kind, text));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable \\u{1F600} \\u{41} \\u{000041}\"", "variable \U0001F600 A A")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"raw é 😀 \u0001\"", "raw é 😀 \u0001")]
    public void Decodes_string_values(string literal, string expected)
    {
        Tokens(literal).Should().Equal((TokenKind.String, expected));
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\r\nline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"\n\n    spans\n      multiple\n    lines\n\n   \"\"\"", "spans\n  multiple\nlines")]
    [InlineData("\"\"\"  first line keeps its indent\n    second\"\"\"", "  first line keeps its indent\nsecond")]
    [InlineData("\"\"\"   \n  \t \n\"\"\"", "")]
    public void Applies_the_block_string_algorithm(string literal, string expected)
    {
        Tokens(literal).Should().Equal((TokenKind.BlockString, expected));
    }

    [Fact]
    public void Reads_names_directly_followed_by_punctuators()
    {
        Tokens("a{b}c").Should().Equal((TokenKind.Name, "a"), (TokenKind.BraceL, "{"), (TokenKind.Name, "b"), (TokenKind.BraceR, "}"), (TokenKind.Name, "c"));
    }

    [Theory]
    [InlineData("\u00A0", "Unexpected character: U+00A0.", 1, 1)]
    [InlineData("  \u200B", "Unexpected character: U+200B.", 1, 3)]
    [InlineData("a\n  ~", "Unexpected character: \"~\".", 2, 3)]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\\", "Invalid character escape sequence: \"\\\".", 1, 2)]
    [InlineData("\"\\u{1F600\"", "Invalid Unicode escape sequence: \"\\u{1F600\"\".", 1, 2)]
    [InlineData("\"\\uDE00\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2)]
    public void Reports_lexical_errors_with_location(string text, string description, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Tokens(text));

        error.Description.Should().Be(description);
        (error.Line, error.Column).Should().Be((line, column));
    }

    [Fact]
    public void Reports_invalid_utf8_inside_a_string()
    {
        var bytes = new byte[] { (byte)'"', 0xC3, (byte)'"' };

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(new Source(bytes)));

        error.Description.Should().StartWith("Invalid character within String");
    }

    [Fact]
    public void Counts_columns_in_utf16_units_after_astral_characters()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Tokens("\"😀\" ?"));

        (error.Line, error.Column).Should().Be((1, 6));
    }

    private static List<TokenKind> Kinds(string text) => Tokens(text).Select(t => t.Kind).ToList();

    private static List<(TokenKind Kind, string Value)> Tokens(string text)
    {
        var reader = new Utf8GraphQLReader(new Source(text));
        var tokens = new List<(TokenKind, string)>();
        while (reader.Read())
        {
            var value = reader.Kind switch
            {
                TokenKind.String => reader.GetString(),
                TokenKind.BlockString => reader.GetBlockString(),
                _ => Encoding.UTF8.GetString(reader.RawValue),
            };
            tokens.Add((reader.Kind, value));
        }

        return tokens;
    }
}

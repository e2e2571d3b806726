using System.Runtime.CompilerServices;
using ActorGraph.GraphQL.Errors;

namespace ActorGraph.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the whole GraphQL grammar (September 2025 specification), split by
/// specification section into partial files. Every failure is a <see cref="GraphQLSyntaxError"/>.
/// </summary>
public ref partial struct Parser
{
    private readonly Source _source;
    private readonly ParserOptions _options;
    private Utf8GraphQLReader _reader;
    private int _lastEnd;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _source = source;
        _options = options ?? ParserOptions.Default;
        if (source.Body.Length > _options.MaxDocumentBytes)
        {
            throw new GraphQLSyntaxError(source, 0, $"Document is larger than the limit of {_options.MaxDocumentBytes} bytes. Parsing aborted.");
        }

        _reader = new Utf8GraphQLReader(source);
    }

    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal, which may contain variables.</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value literal (no variables).</summary>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    private readonly Location Loc(int start) => new(_source, start, _lastEnd);

    private readonly bool Peek(TokenKind kind) => _reader.Kind == kind;

    private void Advance()
    {
        _lastEnd = _reader.End;
        if (_reader.Read() && ++_tokenCount > _options.MaxTokens)
        {
            throw new GraphQLSyntaxError(_source, _reader.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.", ErrorCodes.TooManyTokens);
        }
    }

    /// <summary>Consumes a token of the given kind and returns its start offset, or throws.</summary>
    private int ExpectToken(TokenKind kind)
    {
        if (_reader.Kind != kind)
        {
            throw _reader.Error(_reader.Start, $"Expected {kind.Describe()}, found {DescribeToken(_reader)}.");
        }

        var start = _reader.Start;
        Advance();
        return start;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_reader.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_reader.IsKeyword(keyword))
        {
            throw _reader.Error(_reader.Start, $"Expected \"{System.Text.Encoding.UTF8.GetString(keyword)}\", found {DescribeToken(_reader)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_reader.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly GraphQLSyntaxError Unexpected() => Unexpected(_reader);

    private readonly GraphQLSyntaxError Unexpected(in Utf8GraphQLReader token) =>
        token.Error(token.Start, $"Unexpected {DescribeToken(token)}.");

    private static string DescribeToken(in Utf8GraphQLReader token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{token.Kind.Describe()} \"{token.GetRawText()}\"",
        TokenKind.String => $"String \"{token.GetString()}\"",
        TokenKind.BlockString => $"BlockString \"{token.GetBlockString()}\"",
        _ => token.Kind.Describe(),
    };

    /// <summary>Enters one level of nesting, enforcing the depth limit before the stack can run out.</summary>
    private void EnterNesting()
    {
        // The stack probe is not free, so it runs every eighth level; the depth limit is the main guard.
        if (++_depth > _options.MaxDepth || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw _reader.Error(_reader.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;
}

using System.Text;
using ActorGraph.GraphQL.Errors;

namespace ActorGraph.GraphQL.Language;

/// <summary>
/// The lexer: reads tokens straight from UTF-8 bytes. A token is only a kind and a byte range; its value
/// is materialised (as a string) only when asked for. Strings are fully validated while lexing, so
/// lexical errors surface at the token that causes them.
/// </summary>
public ref partial struct Utf8GraphQLReader
{
    private readonly ReadOnlySpan<byte> _body;
    private readonly Source _source;
    private int _position;
    private bool _hasEscapes;

    public Utf8GraphQLReader(Source source)
    {
        _source = source;
        _body = source.Body.Span;
        Kind = TokenKind.StartOfFile;
    }

    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset where the current token starts.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset just after the current token.</summary>
    public int End { get; private set; }

    /// <summary>The raw bytes of the current token (for strings, including the quotes).</summary>
    public readonly ReadOnlySpan<byte> RawValue => _body[Start..End];

    /// <summary>Advances to the next token; returns false once the end of the document is reached.</summary>
    public bool Read()
    {
        var body = _body;
        var pos = _position;
        while (pos < body.Length)
        {
            var c = body[pos];
            switch (ByteTables.Classes[c])
            {
                case ByteTables.Ignored:
                    pos++;
                    continue;
                case ByteTables.NameStart:
                    ReadName(pos);
                    return true;
                case ByteTables.Punctuator:
                    return Punctuator((TokenKind)ByteTables.PunctuatorKinds[c], pos, 1);
                case ByteTables.Digit or ByteTables.Minus:
                    ReadNumber(pos);
                    return true;
                case ByteTables.Quote:
                    if (pos + 2 < body.Length && body[pos + 1] == '"' && body[pos + 2] == '"')
                    {
                        ReadBlockString(pos);
                    }
                    else
                    {
                        ReadString(pos);
                    }

                    return true;
                case ByteTables.Hash:
                    pos = SkipComment(body, pos);
                    continue;
                case ByteTables.Dot when pos + 2 < body.Length && body[pos + 1] == '.' && body[pos + 2] == '.':
                    return Punctuator(TokenKind.Spread, pos, 3);
                case ByteTables.ByteOrderMarkLead when pos + 2 < body.Length && body[pos + 1] == 0xBB && body[pos + 2] == 0xBF:
                    pos += 3;
                    continue;
                default:
                    throw UnexpectedCharacter(pos);
            }
        }

        _position = pos;
        Kind = TokenKind.EndOfFile;
        Start = body.Length;
        End = body.Length;
        return false;
    }

    /// <summary>The current Name token as a string (interned: repeated names share one instance).</summary>
    public readonly string GetName() => NameCache.Get(RawValue);

    /// <summary>True when the current token is the Name <paramref name="keyword"/> (UTF-8 bytes).</summary>
    public readonly bool IsKeyword(ReadOnlySpan<byte> keyword) => Kind == TokenKind.Name && RawValue.SequenceEqual(keyword);

    /// <summary>The raw text of the current token (numbers, names).</summary>
    public readonly string GetRawText() => Encoding.UTF8.GetString(RawValue);

    private bool Punctuator(TokenKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        End = start + length;
        _position = End;
        return true;
    }

    private void ReadName(int start)
    {
        var body = _body;
        var pos = start + 1;
        var nameContinue = ByteTables.NameContinue;
        while (pos < body.Length && nameContinue[body[pos]] != 0)
        {
            pos++;
        }

        Kind = TokenKind.Name;
        Start = start;
        End = pos;
        _position = pos;
    }

    private static int SkipComment(ReadOnlySpan<byte> body, int pos)
    {
        var rest = body[pos..];
        var newline = rest.IndexOfAny((byte)'\n', (byte)'\r');
        return newline < 0 ? body.Length : pos + newline;
    }

    private readonly int ByteAt(int position) => position < _body.Length ? _body[position] : -1;
}

using System.Buffers;
using System.Text;

namespace ActorGraph.GraphQL.Language;

public ref partial struct Utf8GraphQLReader
{
    /// <summary>The value of the current String token with escape sequences applied.</summary>
    public readonly string GetString()
    {
        var content = _body[(Start + 1)..(End - 1)];
        if (!_hasEscapes)
        {
            return Encoding.UTF8.GetString(content);
        }

        var builder = new StringBuilder(content.Length);
        var pos = Start + 1;
        var end = End - 1;
        while (pos < end)
        {
            var next = _body[pos..end].IndexOf((byte)'\\');
            var runEnd = next < 0 ? end : pos + next;
            builder.Append(Encoding.UTF8.GetString(_body[pos..runEnd]));
            if (runEnd == end)
            {
                break;
            }

            var scalar = ReadEscape(runEnd, out var size);
            builder.Append(char.ConvertFromUtf32(scalar));
            pos = runEnd + size;
        }

        return builder.ToString();
    }

    /// <summary>The value of the current BlockString token, after the spec's BlockStringValue algorithm.</summary>
    public readonly string GetBlockString()
    {
        var raw = Encoding.UTF8.GetString(_body[(Start + 3)..(End - 3)]);
        return BlockString.Dedent(raw.Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal));
    }

    private void ReadString(int start)
    {
        var body = _body;
        var pos = start + 1;
        var hasEscapes = false;
        while (pos < body.Length)
        {
            var c = body[pos];
            if (c == '"')
            {
                Kind = TokenKind.String;
                Start = start;
                End = pos + 1;
                _position = End;
                _hasEscapes = hasEscapes;
                return;
            }

            if (c == '\\')
            {
                hasEscapes = true;
                ReadEscape(pos, out var size);
                pos += size;
            }
            else if (c is (byte)'\n' or (byte)'\r')
            {
                break;
            }
            else
            {
                pos += c < 0x80 ? 1 : StringCharacterLength(pos);
            }
        }

        throw Error(pos, "Unterminated string.");
    }

    private void ReadBlockString(int start)
    {
        var body = _body;
        var pos = start + 3;
        while (pos < body.Length)
        {
            var c = body[pos];
            if (c == '"' && pos + 2 < body.Length && body[pos + 1] == '"' && body[pos + 2] == '"')
            {
                Kind = TokenKind.BlockString;
                Start = start;
                End = pos + 3;
                _position = End;
                return;
            }

            if (c == '\\' && pos + 3 < body.Length && body[pos + 1] == '"' && body[pos + 2] == '"' && body[pos + 3] == '"')
            {
                pos += 4;
            }
            else
            {
                pos += c < 0x80 ? 1 : StringCharacterLength(pos);
            }
        }

        throw Error(pos, "Unterminated string.");
    }

    private readonly int StringCharacterLength(int pos)
    {
        if (Rune.DecodeFromUtf8(_body[pos..], out _, out var length) != OperationStatus.Done)
        {
            throw Error(pos, $"Invalid character within String: {DescribeCharacterAt(pos)}.");
        }

        return length;
    }

    /// <summary>Reads the escape sequence at <paramref name="pos"/> (a backslash) and returns the Unicode scalar it denotes.</summary>
    private readonly int ReadEscape(int pos, out int size)
    {
        var c = ByteAt(pos + 1);
        size = 2;
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u' when ByteAt(pos + 2) == '{': return ReadVariableWidthUnicodeEscape(pos, out size);
            case 'u': return ReadFixedWidthUnicodeEscape(pos, out size);
            default:
                var length = pos + 1 < _body.Length && _body[pos + 1] >= 0x80 ? 1 + SafeRuneLength(pos + 1) : 2;
                throw Error(pos, $"Invalid character escape sequence: \"{SliceForMessage(pos, length)}\".");
        }
    }

    private readonly int ReadVariableWidthUnicodeEscape(int pos, out int size)
    {
        var point = 0;
        size = 3;
        // At most 12 characters: \u{00000000}.
        while (size < 12)
        {
            var c = ByteAt(pos + size++);
            if (c == '}')
            {
                if (size < 5 || !CharacterClasses.IsUnicodeScalarValue(point))
                {
                    break;
                }

                return point;
            }

            point = (point << 4) | CharacterClasses.HexValue(c);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(pos, $"Invalid Unicode escape sequence: \"{SliceForMessage(pos, size)}\".");
    }

    private readonly int ReadFixedWidthUnicodeEscape(int pos, out int size)
    {
        var code = Read16BitHex(pos + 2);
        size = 6;
        if (CharacterClasses.IsUnicodeScalarValue(code))
        {
            return code;
        }

        // A JSON-style surrogate pair is allowed, but only when it forms a valid pair.
        if (CharacterClasses.IsLeadingSurrogate(code) && ByteAt(pos + 6) == '\\' && ByteAt(pos + 7) == 'u')
        {
            var trailing = Read16BitHex(pos + 8);
            if (CharacterClasses.IsTrailingSurrogate(trailing))
            {
                size = 12;
                return char.ConvertToUtf32((char)code, (char)trailing);
            }
        }

        throw Error(pos, $"Invalid Unicode escape sequence: \"{SliceForMessage(pos, 6)}\".");
    }

    private readonly int Read16BitHex(int pos) =>
        (CharacterClasses.HexValue(ByteAt(pos)) << 12)
        | (CharacterClasses.HexValue(ByteAt(pos + 1)) << 8)
        | (CharacterClasses.HexValue(ByteAt(pos + 2)) << 4)
        | CharacterClasses.HexValue(ByteAt(pos + 3));

    private readonly int SafeRuneLength(int pos)
    {
        Rune.DecodeFromUtf8(_body[pos..], out _, out var length);
        return Math.Max(length, 1);
    }
}

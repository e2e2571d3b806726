namespace ActorGraph.GraphQL.Language;

public ref partial struct Utf8GraphQLReader
{
    // IntValue and FloatValue, with the spec's lookahead restrictions: no leading zeros,
    // and no digit, '.' or name start directly after the number.
    private void ReadNumber(int start)
    {
        var pos = start;
        var c = ByteAt(pos);
        var isFloat = false;

        if (c == '-')
        {
            c = ByteAt(++pos);
        }

        if (c == '0')
        {
            c = ByteAt(++pos);
            if (CharacterClasses.IsDigit(c))
            {
                throw Error(pos, $"Invalid number, unexpected digit after 0: {DescribeCharacterAt(pos)}.");
            }
        }
        else
        {
            pos = ReadDigits(pos, c);
            c = ByteAt(pos);
        }

        if (c == '.')
        {
            isFloat = true;
            c = ByteAt(++pos);
            pos = ReadDigits(pos, c);
            c = ByteAt(pos);
        }

        if (c is 'E' or 'e')
        {
            isFloat = true;
            c = ByteAt(++pos);
            if (c is '+' or '-')
            {
                c = ByteAt(++pos);
            }

            pos = ReadDigits(pos, c);
            c = ByteAt(pos);
        }

        if (c == '.' || CharacterClasses.IsNameStart(c))
        {
            throw Error(pos, $"Invalid number, expected digit but got: {DescribeCharacterAt(pos)}.");
        }

        Kind = isFloat ? TokenKind.Float : TokenKind.Int;
        Start = start;
        End = pos;
        _position = pos;
    }

    private readonly int ReadDigits(int pos, int first)
    {
        if (!CharacterClasses.IsDigit(first))
        {
            throw Error(pos, $"Invalid number, expected digit but got: {DescribeCharacterAt(pos)}.");
        }

        var body = _body;
        pos++;
        while (pos < body.Length && CharacterClasses.IsDigit(body[pos]))
        {
            pos++;
        }

        return pos;
    }
}

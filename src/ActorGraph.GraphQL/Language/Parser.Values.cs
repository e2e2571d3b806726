namespace ActorGraph.GraphQL.Language;

public ref partial struct Parser
{
    // Value[Const] : Variable (unless Const) | IntValue | FloatValue | StringValue | BooleanValue
    //              | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = _reader.Start;
        switch (_reader.Kind)
        {
            case TokenKind.BracketL:
                return ParseListValue(isConst);
            case TokenKind.BraceL:
                return ParseObjectValue(isConst);
            case TokenKind.Int:
            {
                var text = _reader.GetRawText();
                Advance();
                return new IntValueNode(text, Loc(start));
            }

            case TokenKind.Float:
            {
                var text = _reader.GetRawText();
                Advance();
                return new FloatValueNode(text, Loc(start));
            }

            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar when isConst:
            {
                var dollar = _reader;
                Advance();
                if (Peek(TokenKind.Name))
                {
                    throw _reader.Error(start, $"Unexpected variable \"${_reader.GetName()}\" in constant value.");
                }

                throw Unexpected(dollar);
            }

            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private ValueNode ParseNameValue(int start)
    {
        ValueNode? literal = _reader.IsKeyword("true"u8) ? new BooleanValueNode(true)
            : _reader.IsKeyword("false"u8) ? new BooleanValueNode(false)
            : _reader.IsKeyword("null"u8) ? new NullValueNode()
            : null;
        var name = literal is null ? _reader.GetName() : null;
        Advance();
        return literal switch
        {
            BooleanValueNode boolean => new BooleanValueNode(boolean.Value, Loc(start)),
            NullValueNode => new NullValueNode(Loc(start)),
            _ => new EnumValueNode(name!, Loc(start)),
        };
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = _reader.Start;
        var block = _reader.Kind == TokenKind.BlockString;
        var value = block ? _reader.GetBlockString() : _reader.GetString();
        Advance();
        return new StringValueNode(value, block, Loc(start));
    }

    // ListValue : [ ] | [ Value+ ]
    private ListValueNode ParseListValue(bool isConst)
    {
        var start = ExpectToken(TokenKind.BracketL);
        EnterNesting();
        var values = new NodeListBuilder<ValueNode>();
        while (!ExpectOptionalToken(TokenKind.BracketR))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode(values.ToArray(), Loc(start));
    }

    // ObjectValue : { } | { ObjectField+ }
    private ObjectValueNode ParseObjectValue(bool isConst)
    {
        var start = ExpectToken(TokenKind.BraceL);
        EnterNesting();
        var fields = new NodeListBuilder<ObjectFieldNode>();
        while (!ExpectOptionalToken(TokenKind.BraceR))
        {
            var fieldStart = _reader.Start;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            fields.Add(new ObjectFieldNode(name, ParseValueLiteral(isConst), Loc(fieldStart)));
        }

        LeaveNesting();
        return new ObjectValueNode(fields.ToArray(), Loc(start));
    }

    // Name
    private NameNode ParseName()
    {
        if (_reader.Kind != TokenKind.Name)
        {
            throw _reader.Error(_reader.Start, $"Expected Name, found {DescribeToken(_reader)}.");
        }

        var start = _reader.Start;
        var value = _reader.GetName();
        Advance();
        return new NameNode(value, Loc(start));
    }
}

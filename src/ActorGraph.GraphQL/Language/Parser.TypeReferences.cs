namespace ActorGraph.GraphQL.Language;

public ref partial struct Parser
{
    // Type : NamedType | ListType | NonNullType
    private TypeNode ParseTypeReference()
    {
        var start = _reader.Start;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode(inner, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
    }

    // NamedType : Name
    private NamedTypeNode ParseNamedType()
    {
        var start = _reader.Start;
        return new NamedTypeNode(ParseName(), Loc(start));
    }
}

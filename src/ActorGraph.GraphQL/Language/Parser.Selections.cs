namespace ActorGraph.GraphQL.Language;

public ref partial struct Parser
{
    // SelectionSet : { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _reader.Start;
        ExpectToken(TokenKind.BraceL);
        EnterNesting();
        var selections = new NodeListBuilder<SelectionNode>();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        LeaveNesting();
        return new SelectionSetNode(selections.ToArray(), Loc(start));
    }

    // Field : Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        var start = _reader.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    // Arguments : ( Argument+ )
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenL))
        {
            return [];
        }

        var arguments = new NodeListBuilder<ArgumentNode>();
        do
        {
            var start = _reader.Start;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            arguments.Add(new ArgumentNode(name, value, Loc(start)));
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return arguments.ToArray();
    }
}

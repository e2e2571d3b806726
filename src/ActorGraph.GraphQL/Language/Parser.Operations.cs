namespace ActorGraph.GraphQL.Language;

public ref partial struct Parser
{
    // OperationDefinition : SelectionSet | Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _reader.Start;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode(null, OperationType.Query, null, [], [], ParseSelectionSet(), Loc(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(description, operation, name, variables, directives, selectionSet, Loc(start));
    }

    // OperationType : one of query mutation subscription
    private OperationType ParseOperationType()
    {
        if (!Peek(TokenKind.Name))
        {
            throw _reader.Error(_reader.Start, $"Expected Name, found {DescribeToken(_reader)}.");
        }

        var token = _reader;
        Advance();
        OperationType? operation =
            token.IsKeyword("query"u8) ? OperationType.Query
            : token.IsKeyword("mutation"u8) ? OperationType.Mutation
            : token.IsKeyword("subscription"u8) ? OperationType.Subscription
            : null;
        if (operation is null)
        {
            throw Unexpected(token);
        }

        return operation.Value;
    }

    // VariablesDefinition : ( VariableDefinition+ )
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.ParenL))
        {
            return [];
        }

        var definitions = new NodeListBuilder<VariableDefinitionNode>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return definitions.ToArray();
    }

    // VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(description, variable, type, defaultValue, directives, Loc(start));
    }

    // Variable : $ Name
    private VariableNode ParseVariable()
    {
        var start = ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, Loc(start));
    }
}

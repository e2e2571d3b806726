namespace ActorGraph.GraphQL.Language;

public ref partial struct Parser
{
    private enum Keyword
    {
        None,
        Schema,
        Scalar,
        Type,
        Interface,
        Union,
        Enum,
        Input,
        Directive,
        Query,
        Mutation,
        Subscription,
        Fragment,
        Extend,
    }

    // Document : Definition+
    private DocumentNode ParseDocument()
    {
        var start = ExpectToken(TokenKind.StartOfFile);
        var definitions = new NodeListBuilder<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));

        return new DocumentNode(definitions.ToArray(), new Location(_source, start, _lastEnd));
    }

    // Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keywordToken = _reader;
        if (hasDescription)
        {
            keywordToken.Read();
        }

        if (hasDescription && keywordToken.Kind == TokenKind.BraceL)
        {
            throw _reader.Error(_reader.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keywordToken.Kind == TokenKind.Name)
        {
            var keyword = ClassifyKeyword(keywordToken.RawValue);
            switch (keyword)
            {
                case Keyword.Schema: return ParseSchemaDefinition();
                case Keyword.Scalar: return ParseScalarTypeDefinition();
                case Keyword.Type: return ParseObjectTypeDefinition();
                case Keyword.Interface: return ParseInterfaceTypeDefinition();
                case Keyword.Union: return ParseUnionTypeDefinition();
                case Keyword.Enum: return ParseEnumTypeDefinition();
                case Keyword.Input: return ParseInputObjectTypeDefinition();
                case Keyword.Directive: return ParseDirectiveDefinition();
            }

            switch (keyword)
            {
                case Keyword.Query or Keyword.Mutation or Keyword.Subscription: return ParseOperationDefinition();
                case Keyword.Fragment: return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw _reader.Error(_reader.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword == Keyword.Extend)
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keywordToken);
    }

    private static Keyword ClassifyKeyword(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("query"u8) => Keyword.Query,
        _ when name.SequenceEqual("mutation"u8) => Keyword.Mutation,
        _ when name.SequenceEqual("subscription"u8) => Keyword.Subscription,
        _ when name.SequenceEqual("fragment"u8) => Keyword.Fragment,
        _ when name.SequenceEqual("schema"u8) => Keyword.Schema,
        _ when name.SequenceEqual("scalar"u8) => Keyword.Scalar,
        _ when name.SequenceEqual("type"u8) => Keyword.Type,
        _ when name.SequenceEqual("interface"u8) => Keyword.Interface,
        _ when name.SequenceEqual("union"u8) => Keyword.Union,
        _ when name.SequenceEqual("enum"u8) => Keyword.Enum,
        _ when name.SequenceEqual("input"u8) => Keyword.Input,
        _ when name.SequenceEqual("directive"u8) => Keyword.Directive,
        _ when name.SequenceEqual("extend"u8) => Keyword.Extend,
        _ => Keyword.None,
    };
}

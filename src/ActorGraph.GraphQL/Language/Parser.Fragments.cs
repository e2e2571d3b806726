namespace ActorGraph.GraphQL.Language;

public ref partial struct Parser
{
    // FragmentSpread : ... FragmentName Directives?
    // InlineFragment : ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var start = ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode(name, ParseDirectives(isConst: false), Loc(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet(), Loc(start));
    }

    // FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        return new FragmentDefinitionNode(description, name, typeCondition, directives, ParseSelectionSet(), Loc(start));
    }

    // FragmentName : Name but not on
    private NameNode ParseFragmentName()
    {
        if (_reader.IsKeyword("on"u8))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}

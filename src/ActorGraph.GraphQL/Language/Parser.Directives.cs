namespace ActorGraph.GraphQL.Language;

public ref partial struct Parser
{
    // Directives[Const] : Directive[?Const]+
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new NodeListBuilder<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = ExpectToken(TokenKind.At);
            var name = ParseName();
            directives.Add(new DirectiveNode(name, ParseArguments(isConst), Loc(start)));
        }

        return directives.ToArray();
    }
}

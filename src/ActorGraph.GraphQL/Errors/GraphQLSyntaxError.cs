using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Errors;

/// <summary>
/// A lexical or grammatical error in a document, at one line and column; code GRAPHQL_PARSE_FAILED, or the code of the
/// parser limit that stopped parsing (such as TOO_MANY_TOKENS).
/// </summary>
public sealed class GraphQLSyntaxError : GraphQLError
{
    public GraphQLSyntaxError(Source source, int offset, string description, string code = ErrorCodes.ParseFailed)
        : this(source.GetLocation(offset), description, code)
    {
    }

    private GraphQLSyntaxError(SourceLocation location, string description, string code)
        : base("Syntax Error: " + description, [location], null, code)
    {
        Description = description;
        Line = location.Line;
        Column = location.Column;
    }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    public int Line { get; }

    public int Column { get; }
}

using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Errors;

/// <summary>A lexical or grammatical error in a document, at one line and column; code GRAPHQL_PARSE_FAILED.</summary>
public sealed class GraphQLSyntaxError : GraphQLError
{
    public GraphQLSyntaxError(Source source, int offset, string description)
        : this(source.GetLocation(offset), description)
    {
    }

    private GraphQLSyntaxError(SourceLocation location, string description)
        : base("Syntax Error: " + description, [location], null, ErrorCodes.ParseFailed)
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

namespace ActorGraph.GraphQL.Errors;

/// <summary>A one-based line and column in a GraphQL source, counted in UTF-16 code units as graphql-js does.</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}

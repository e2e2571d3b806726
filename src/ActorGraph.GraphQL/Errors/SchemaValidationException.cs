namespace ActorGraph.GraphQL.Errors;

/// <summary>Thrown when a schema breaks the type-system rules; carries every error found, not only the first.</summary>
public sealed class SchemaValidationException(IReadOnlyList<GraphQLError> errors)
    : Exception(Summarise(errors))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    private static string Summarise(IReadOnlyList<GraphQLError> errors) =>
        "The schema is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}

using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution;

/// <summary>The validation step the executor runs on every new document (the seam to ActorGraph.GraphQL.Validation).</summary>
public static class DocumentValidation
{
    /// <summary>Accepts every document; used until the specification's rule set is wired in.</summary>
    public static IReadOnlyList<GraphQLError> None(ExecutableSchema schema, DocumentNode document) => [];

    public static IReadOnlyList<GraphQLError> Default(ExecutableSchema schema, DocumentNode document) => None(schema, document);
}

using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Validation;

namespace ActorGraph.GraphQL.Execution;

/// <summary>The validation step the executor runs once per new document (the seam to ActorGraph.GraphQL.Validation).</summary>
public static class DocumentValidation
{
    /// <summary>Every rule of the specification's Validation section.</summary>
    public static IReadOnlyList<GraphQLError> Default(ExecutableSchema schema, DocumentNode document) =>
        Validator.Validate(schema.Schema, document);

    /// <summary>Accepts every document (for trusted documents, e.g. a known-documents-only server that validated them ahead of time).</summary>
    public static IReadOnlyList<GraphQLError> None(ExecutableSchema schema, DocumentNode document) => [];
}

using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution.Caching;

/// <summary>A parsed and validated document as the operation cache keeps it, or the errors that refused it.</summary>
internal sealed class PreparedDocument
{
    private PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors, ExecutionResultKind failure)
    {
        Document = document;
        Errors = errors;
        Failure = failure;
        Fragments = document is null
            ? new Dictionary<string, FragmentDefinitionNode>()
            : document.Definitions.OfType<FragmentDefinitionNode>()
                .GroupBy(f => f.Name.Value, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Operations = document?.Definitions.OfType<OperationDefinitionNode>().ToList() ?? [];
    }

    public DocumentNode? Document { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary><see cref="ExecutionResultKind.Executed"/> when the document may run.</summary>
    public ExecutionResultKind Failure { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyList<OperationDefinitionNode> Operations { get; }

    public static PreparedDocument Valid(DocumentNode document) => new(document, [], ExecutionResultKind.Executed);

    public static PreparedDocument Refused(ExecutionResultKind kind, IReadOnlyList<GraphQLError> errors) => new(null, errors, kind);
}

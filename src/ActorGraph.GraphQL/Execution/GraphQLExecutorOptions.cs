using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution;

/// <summary>Limits, validation, operation cache and persisted-query settings of a <see cref="GraphQLExecutor"/>.</summary>
public sealed class GraphQLExecutorOptions
{
    public GraphQLLimits Limits { get; } = new();

    /// <summary>Validates a parsed document against the schema; the result is cached with the document.</summary>
    public Func<ExecutableSchema, DocumentNode, IReadOnlyList<GraphQLError>> Validate { get; set; } = DocumentValidation.Default;

    /// <summary>How many parsed and validated documents are kept (least recently used evicted); 0 turns the cache off.</summary>
    public int OperationCacheSize { get; set; } = 1_000;

    /// <summary>Accept <c>extensions.persistedQuery.sha256Hash</c> (Apollo's automatic persisted queries).</summary>
    public bool AllowAutomaticPersistedQueries { get; set; } = true;

    /// <summary>Refuse every document not registered in <see cref="KnownDocuments"/>.</summary>
    public bool OnlyKnownDocuments { get; set; }

    public KnownDocuments KnownDocuments { get; } = new();

    /// <summary>
    /// Runs once per operation, after its variables are coerced and its limits checked and before any field resolves,
    /// with the root fields it will run. Throwing <see cref="GraphQLRequestException"/> refuses the whole operation, so
    /// an authorisation rule that spans several root fields (mutations run one after another) holds before any of them.
    /// </summary>
    public Func<OperationPlan, GraphQLRequestContext, ValueTask>? BeforeExecution { get; set; }
}

using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Execution.Caching;
using ActorGraph.GraphQL.Execution.Engine;
using ActorGraph.GraphQL.Execution.Limits;
using ActorGraph.GraphQL.Execution.Loading;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution;

/// <summary>
/// Runs requests against an executable schema: persisted-query lookup, size limits, the operation cache
/// (parse + validate once per document), operation limits, variable coercion and execution.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly ExecutableSchema _schema;
    private readonly GraphQLExecutorOptions _options;
    private readonly LruCache<string, PreparedDocument> _documents;

    public GraphQLExecutor(ExecutableSchema schema, GraphQLExecutorOptions? options = null)
    {
        _schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _options = options ?? new GraphQLExecutorOptions();
        _documents = new LruCache<string, PreparedDocument>(_options.OperationCacheSize);
    }

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, GraphQLRequestContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        context ??= new GraphQLRequestContext();

        var (prepared, refusal) = Prepare(request);
        if (refusal is not null)
        {
            return refusal;
        }

        if (prepared!.Failure != ExecutionResultKind.Executed)
        {
            return ExecutionResult.RequestError(prepared.Failure, prepared.Errors);
        }

        var operation = OperationSelector.Select(prepared.Operations, request.OperationName, out var selectionError);
        if (operation is null)
        {
            return ExecutionResult.RequestError(ExecutionResultKind.ValidationError, selectionError!);
        }

        if (context.QueriesOnly && operation.Operation != OperationType.Query)
        {
            return ExecutionResult.RequestError(ExecutionResultKind.OperationNotAllowed, new GraphQLError(
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.", code: ExecutionErrorCodes.OperationNotAllowed));
        }

        var rootType = RootTypeOf(operation, out var rootError);
        if (rootType is null)
        {
            return ExecutionResult.RequestError(ExecutionResultKind.ValidationError, rootError!);
        }

        var (variables, variableErrors) = _schema.CoerceVariables(operation, request.Variables);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.RequestError(ExecutionResultKind.VariableError, variableErrors);
        }

        var limitError = OperationLimits.Check(_schema, prepared.Fragments, operation, variables, _options.Limits);
        if (limitError is not null)
        {
            return ExecutionResult.RequestError(ExecutionResultKind.LimitExceeded, limitError);
        }

        if (_options.BeforeExecution is { } beforeExecution)
        {
            var rootFields = new FieldCollector(prepared.Fragments, variables).Collect(rootType, operation.SelectionSet).Groups
                .Select(group => group.Nodes[0].Name.Value)
                .ToList();
            try
            {
                await beforeExecution(new OperationPlan(operation.Operation, rootFields), context);
            }
            catch (GraphQLRequestException refused)
            {
                return Refused(refused);
            }
        }

        return await RunAsync(prepared, operation, rootType, variables, context, cancellationToken);
    }

    private async Task<ExecutionResult> RunAsync(
        PreparedDocument prepared,
        OperationDefinitionNode operation,
        ObjectBinding rootType,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequestContext context,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.Limits.ExecutionTimeout is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        var run = new OperationRun(_schema, prepared.Fragments, variables, context, timeout.Token);
        try
        {
            var data = await new ExecutionScheduler().RunAsync(() => run.ExecuteAsync(operation, rootType), timeout.Token);
            return ExecutionResult.Executed(data, run.Errors);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.RequestError(ExecutionResultKind.Timeout, new GraphQLError(
                $"The operation did not finish within the execution time limit of {_options.Limits.ExecutionTimeout!.Value.TotalMilliseconds:0} ms.",
                code: ExecutionErrorCodes.ExecutionTimeout));
        }
        catch (GraphQLRequestException refusal)
        {
            return Refused(refusal);
        }
    }

    private static ExecutionResult Refused(GraphQLRequestException refusal)
    {
        var kind = refusal.Code switch
        {
            ExecutionErrorCodes.Unauthenticated => ExecutionResultKind.Unauthenticated,
            ExecutionErrorCodes.Forbidden => ExecutionResultKind.Forbidden,
            _ => ExecutionResultKind.BadRequest,
        };
        return ExecutionResult.RequestError(kind, new GraphQLError(refusal.Message, code: refusal.Code));
    }

    private ObjectBinding? RootTypeOf(OperationDefinitionNode operation, out GraphQLError? error)
    {
        var root = operation.Operation switch
        {
            OperationType.Query => _schema.QueryType,
            OperationType.Mutation => _schema.MutationType,
            _ => null,
        };
        error = root is null
            ? new GraphQLError(
                operation.Operation == OperationType.Subscription
                    ? "Subscriptions are not supported."
                    : $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.",
                operation)
            : null;
        return root;
    }

    /// <summary>Finds the document to run (from the text, a persisted-query hash or the known documents) and parses and validates it once.</summary>
    private (PreparedDocument? Prepared, ExecutionResult? Refusal) Prepare(GraphQLRequest request)
    {
        var persistedHash = PersistedQuery.HashOf(request.Extensions);
        var query = request.Query;
        if (persistedHash is not null && !_options.AllowAutomaticPersistedQueries && query is null)
        {
            return (null, NotFound("Persisted queries are not supported."));
        }

        if (query is null)
        {
            if (persistedHash is null)
            {
                return (null, ExecutionResult.RequestError(ExecutionResultKind.BadRequest,
                    new GraphQLError("A query is required: send \"query\" or a persisted-query hash.", code: ErrorCodes.BadUserInput)));
            }

            if (_documents.TryGet(persistedHash, out var cached))
            {
                return (cached, null);
            }

            if (_options.KnownDocuments.TryGet(persistedHash, out var known))
            {
                return (PrepareText(known, persistedHash), null);
            }

            return (null, NotFound("PersistedQueryNotFound"));
        }

        var hash = DocumentHash.Of(query);
        if (persistedHash is not null && !string.Equals(persistedHash, hash, StringComparison.OrdinalIgnoreCase))
        {
            return (null, ExecutionResult.RequestError(ExecutionResultKind.BadRequest,
                new GraphQLError("The persisted-query hash does not match the SHA-256 of the query.", code: ExecutionErrorCodes.PersistedQueryHashMismatch)));
        }

        if (_options.OnlyKnownDocuments && !_options.KnownDocuments.Contains(hash))
        {
            return (null, NotFound("Only registered documents may run on this server, and this one is not registered."));
        }

        if (_options.Limits.MaxDocumentBytes is { } maxBytes && System.Text.Encoding.UTF8.GetByteCount(query) is var bytes && bytes > maxBytes)
        {
            return (null, ExecutionResult.RequestError(ExecutionResultKind.LimitExceeded, new GraphQLError(
                $"The document is {bytes} bytes, over the limit of {maxBytes} bytes.", code: ExecutionErrorCodes.DocumentTooLarge)));
        }

        return (_documents.TryGet(hash, out var prepared) ? prepared : PrepareText(query, hash), null);
    }

    private static ExecutionResult NotFound(string message) =>
        ExecutionResult.RequestError(ExecutionResultKind.PersistedQueryNotFound, new GraphQLError(message, code: ExecutionErrorCodes.PersistedQueryNotFound));

    private PreparedDocument PrepareText(string query, string hash)
    {
        PreparedDocument prepared;
        try
        {
            var document = Parser.Parse(query, new ParserOptions
            {
                MaxTokens = _options.Limits.MaxTokens ?? int.MaxValue,
                MaxDocumentBytes = int.MaxValue,
            });
            var errors = _options.Validate(_schema, document);
            prepared = errors.Count == 0
                ? PreparedDocument.Valid(document)
                : PreparedDocument.Refused(ExecutionResultKind.ValidationError, errors.Select(WithValidationCode).ToList());
        }
        catch (GraphQLSyntaxError syntax)
        {
            prepared = PreparedDocument.Refused(ExecutionResultKind.ParseError, [syntax]);
        }

        _documents.Set(hash, prepared);
        return prepared;
    }

    private static GraphQLError WithValidationCode(GraphQLError error) =>
        error.Code is not null ? error : new GraphQLError(error.Message, error.Locations, error.Path, ErrorCodes.ValidationFailed, error.Extensions);
}

using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution.Engine;

/// <summary>
/// Executes one operation (ExecuteSelectionSet, ExecuteField, CompleteValue of the specification). Runs on
/// the execution scheduler's single logical thread, so errors and results need no locking.
/// </summary>
internal sealed class OperationRun
{
    /// <summary>A completed value meaning "null here is not allowed": it propagates to the nearest nullable position.</summary>
    private static readonly object Invalid = new();

    private readonly ExecutableSchema _schema;
    private readonly FieldCollector _collector;
    private readonly List<GraphQLError> _errors = [];

    public OperationRun(
        ExecutableSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequestContext request,
        CancellationToken cancellationToken)
    {
        _schema = schema;
        Variables = variables;
        Request = request;
        CancellationToken = cancellationToken;
        _collector = new FieldCollector(fragments, variables);
        Loaders = new LoaderRegistry(schema.LoaderFactories, request, cancellationToken);
    }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public GraphQLRequestContext Request { get; }

    public CancellationToken CancellationToken { get; }

    public LoaderRegistry Loaders { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Runs the operation's root selection set; null data when a null propagated to the root.</summary>
    public async Task<ResultMap?> ExecuteAsync(OperationDefinitionNode operation, ObjectBinding rootType)
    {
        var fields = _collector.Collect(rootType, operation.SelectionSet);
        var root = Request.RootValue;
        var result = operation.Operation == OperationType.Mutation
            ? await ExecuteSeriallyAsync(rootType, root, fields)
            : await ExecuteSelectionSet(rootType, root, fields, null);
        return result as ResultMap;
    }

    private async ValueTask<object?> ExecuteSeriallyAsync(ObjectBinding type, object? source, CollectedFields fields)
    {
        var map = new ResultMap(fields.Groups.Count);
        foreach (var (key, nodes) in fields.Groups)
        {
            var value = await ExecuteField(type, source, nodes, new ResponsePath(null, key));
            if (value == Invalid)
            {
                return Invalid;
            }

            if (!ReferenceEquals(value, Skipped))
            {
                map.Set(map.Add(key), value);
            }
        }

        return map;
    }

    private ValueTask<object?> ExecuteSelectionSet(ObjectBinding type, object? source, CollectedFields fields, ResponsePath? path)
    {
        var map = new ResultMap(fields.Groups.Count);
        List<(int Index, ValueTask<object?> Pending)>? pending = null;
        foreach (var (key, nodes) in fields.Groups)
        {
            var value = ExecuteField(type, source, nodes, new ResponsePath(path, key));
            if (value.IsCompletedSuccessfully)
            {
                var completed = value.Result;
                if (completed == Invalid)
                {
                    // Like graphql-js: the object is lost, so later siblings are not executed; started ones finish.
                    return pending is null ? new ValueTask<object?>(Invalid) : AwaitThenInvalid(pending);
                }

                if (!ReferenceEquals(completed, Skipped))
                {
                    map.Set(map.Add(key), completed);
                }
            }
            else
            {
                (pending ??= []).Add((map.Add(key), value));
            }
        }

        return pending is null ? new ValueTask<object?>(map) : AwaitFields(map, pending);
    }

    private static async ValueTask<object?> AwaitFields(ResultMap map, List<(int Index, ValueTask<object?> Pending)> pending)
    {
        var invalid = false;
        foreach (var (index, task) in pending)
        {
            var value = await task;
            invalid |= value == Invalid;
            map.Set(index, value);
        }

        return invalid ? Invalid : map;
    }

    private static async ValueTask<object?> AwaitThenInvalid(List<(int Index, ValueTask<object?> Pending)> pending)
    {
        foreach (var (_, task) in pending)
        {
            await task;
        }

        return Invalid;
    }

    private ValueTask<object?> ExecuteField(ObjectBinding type, object? source, List<FieldNode> nodes, ResponsePath path)
    {
        var node = nodes[0];
        var name = node.Name.Value;
        if (name == "__typename")
        {
            return new ValueTask<object?>(type.Name);
        }

        if (!type.Fields.TryGetValue(name, out var field))
        {
            // Only reachable without validation: an unknown field is left out, as graphql-js does.
            return new ValueTask<object?>(Skipped);
        }

        if (field.Read is { } read)
        {
            object? value;
            try
            {
                value = read(source);
            }
            catch (Exception error)
            {
                return new ValueTask<object?>(FieldError(error, field.Type, nodes, path));
            }

            return CompleteValue(field, field.Type, nodes, value, path);
        }

        ValueTask<object?> resolved;
        try
        {
            var arguments = field.CoerceArguments(node, Variables);
            var context = new ResolverContext(this, field, nodes, source, arguments, path);
            resolved = field.Resolve(context);
        }
        catch (Exception error) when (error is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return new ValueTask<object?>(FieldError(error, field.Type, nodes, path));
        }

        if (resolved.IsCompletedSuccessfully)
        {
            return CompleteValue(field, field.Type, nodes, resolved.Result, path);
        }

        return AwaitAndComplete(field, nodes, resolved, path);
    }

    private async ValueTask<object?> AwaitAndComplete(FieldBinding field, List<FieldNode> nodes, ValueTask<object?> resolved, ResponsePath path)
    {
        object? value;
        try
        {
            value = await resolved;
        }
        catch (Exception error) when (error is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return FieldError(error, field.Type, nodes, path);
        }

        return await CompleteValue(field, field.Type, nodes, value, path);
    }

    private object? FieldError(Exception error, OutputType type, List<FieldNode> nodes, ResponsePath path)
    {
        if (error is GraphQLRequestException)
        {
            throw error;
        }

        AddError(error, nodes, path);
        return type is NonNullOutput ? Invalid : null;
    }

    private ValueTask<object?> CompleteValue(FieldBinding field, OutputType type, List<FieldNode> nodes, object? result, ResponsePath path)
    {
        if (type is NonNullOutput nonNull)
        {
            if (result is null)
            {
                AddError(new GraphQLError($"Cannot return null for non-nullable field {field.ParentTypeName}.{field.Name}."), nodes, path);
                return new ValueTask<object?>(Invalid);
            }

            return CompleteCore(field, nonNull.Inner, nodes, result, path);
        }

        if (result is null)
        {
            return default;
        }

        var completed = CompleteCore(field, type, nodes, result, path);
        if (completed.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(completed.Result == Invalid ? null : completed.Result);
        }

        return AbsorbInvalid(completed);
    }

    private static async ValueTask<object?> AbsorbInvalid(ValueTask<object?> completing)
    {
        var value = await completing;
        return value == Invalid ? null : value;
    }

    /// <summary>Completes a non-null result of a list, leaf, object or abstract type; <see cref="Invalid"/> when it cannot.</summary>
    private ValueTask<object?> CompleteCore(FieldBinding field, OutputType type, List<FieldNode> nodes, object result, ResponsePath path)
    {
        switch (type)
        {
            case LeafOutput leaf:
                try
                {
                    return new ValueTask<object?>(leaf.Serialize(result));
                }
                catch (Exception error)
                {
                    AddError(error, nodes, path);
                    return new ValueTask<object?>(Invalid);
                }

            case ObjectOutput objectOutput:
                return ExecuteSelectionSet(objectOutput.Type, result, _collector.CollectSubfields(objectOutput.Type, nodes), path);
            case AbstractOutput abstractOutput:
                return CompleteAbstract(field, abstractOutput, nodes, result, path);
            case ListOutput list:
                return CompleteList(field, list.Item, nodes, result, path);
            default:
                throw new InvalidOperationException($"A non-null type cannot wrap {type.Describe()}.");
        }
    }

    private ValueTask<object?> CompleteAbstract(FieldBinding field, AbstractOutput type, List<FieldNode> nodes, object result, ResponsePath path)
    {
        string? typeName;
        try
        {
            typeName = type.ResolveType(result, new ResolverContext(this, field, nodes, result, FieldBinding.EmptyArguments, path));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            AddError(error, nodes, path);
            return new ValueTask<object?>(Invalid);
        }

        if (typeName is null || !type.PossibleTypes.TryGetValue(typeName, out var runtimeType))
        {
            var message = typeName is null
                ? $"Abstract type \"{type.Name}\" must resolve to an Object type at runtime for field \"{field.ParentTypeName}.{field.Name}\"."
                : $"Runtime Object type \"{typeName}\" is not a possible type for \"{type.Name}\".";
            AddError(new GraphQLError(message), nodes, path);
            return new ValueTask<object?>(Invalid);
        }

        return ExecuteSelectionSet(runtimeType, result, _collector.CollectSubfields(runtimeType, nodes), path);
    }

    private ValueTask<object?> CompleteList(FieldBinding field, OutputType itemType, List<FieldNode> nodes, object result, ResponsePath path)
    {
        if (result is string || result is not System.Collections.IEnumerable items)
        {
            AddError(new GraphQLError($"Expected Iterable, but did not find one for field \"{field.ParentTypeName}.{field.Name}\"."), nodes, path);
            return new ValueTask<object?>(Invalid);
        }

        var completed = new List<object?>(items is System.Collections.ICollection collection ? collection.Count : 4);
        List<(int Index, ValueTask<object?> Pending)>? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var value = CompleteValue(field, itemType, nodes, item, new ResponsePath(path, index));
            if (value.IsCompletedSuccessfully)
            {
                if (value.Result == Invalid)
                {
                    return pending is null ? new ValueTask<object?>(Invalid) : AwaitThenInvalid(pending);
                }

                completed.Add(value.Result);
            }
            else
            {
                completed.Add(null);
                (pending ??= []).Add((index, value));
            }

            index++;
        }

        return pending is null ? new ValueTask<object?>(completed) : AwaitItems(completed, pending);
    }

    private static async ValueTask<object?> AwaitItems(List<object?> completed, List<(int Index, ValueTask<object?> Pending)> pending)
    {
        var invalid = false;
        foreach (var (index, task) in pending)
        {
            var value = await task;
            invalid |= value == Invalid;
            completed[index] = value;
        }

        return invalid ? Invalid : completed;
    }

    /// <summary>Locates an error as graphql-js does: its own nodes if it has any, else every node of the field, at the current path.</summary>
    private void AddError(Exception error, List<FieldNode> nodes, ResponsePath path)
    {
        var located = error switch
        {
            GraphQLError { Path: not null } alreadyLocated => alreadyLocated,
            GraphQLError known => new GraphQLError(known.Message, known.Locations.Count > 0 ? known.Locations : LocationsOf(nodes), path.ToList(), null, known.Extensions),
            _ => new GraphQLError("Unexpected error.", LocationsOf(nodes), path.ToList(), ErrorCodes.InternalServerError),
        };
        _errors.Add(located);
    }

    private static List<SourceLocation> LocationsOf(List<FieldNode> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (!node.Location.IsEmpty)
            {
                locations.Add(node.Location.StartLocation);
            }
        }

        return locations;
    }

    /// <summary>The completed value of a field that is not part of the schema (only without validation).</summary>
    private static readonly object Skipped = new();
}

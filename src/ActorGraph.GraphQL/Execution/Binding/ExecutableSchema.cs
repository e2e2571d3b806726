using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Execution.Engine;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution;

/// <summary>A schema whose every field has a resolver: what <see cref="GraphQLExecutor"/> runs. Built by <see cref="ExecutableSchemaBuilder"/>.</summary>
public sealed class ExecutableSchema
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, OutputType>> _fieldOutputs;
    private readonly Func<OperationDefinitionNode, IReadOnlyDictionary<string, object?>?, (IReadOnlyDictionary<string, object?>, IReadOnlyList<GraphQLError>)> _coerceVariables;

    internal ExecutableSchema(
        Types.Schema schema,
        ObjectBinding queryType,
        ObjectBinding? mutationType,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, OutputType>> fieldOutputs,
        IReadOnlyDictionary<Type, Func<GraphQLRequestContext, object>> loaderFactories,
        Func<OperationDefinitionNode, IReadOnlyDictionary<string, object?>?, (IReadOnlyDictionary<string, object?>, IReadOnlyList<GraphQLError>)> coerceVariables)
    {
        Schema = schema;
        QueryType = queryType;
        MutationType = mutationType;
        _fieldOutputs = fieldOutputs;
        LoaderFactories = loaderFactories;
        _coerceVariables = coerceVariables;
    }

    /// <summary>The type-system model built from the SDL (what validation and introspection read).</summary>
    public Types.Schema Schema { get; }

    internal ObjectBinding QueryType { get; }

    internal ObjectBinding? MutationType { get; }

    internal IReadOnlyDictionary<Type, Func<GraphQLRequestContext, object>> LoaderFactories { get; }

    /// <summary>The output type of a field of an object or interface type, or null when there is no such field.</summary>
    internal OutputType? FieldOutput(string typeName, string fieldName) =>
        _fieldOutputs.TryGetValue(typeName, out var fields) && fields.TryGetValue(fieldName, out var output) ? output : null;

    /// <summary>CoerceVariableValues of the specification: the coerced values, or the errors (graphql-js wording).</summary>
    internal (IReadOnlyDictionary<string, object?> Values, IReadOnlyList<GraphQLError> Errors) CoerceVariables(
        OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs) => _coerceVariables(operation, inputs);
}

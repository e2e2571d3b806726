using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Execution.Coercion;

/// <summary>CoerceVariableValues of the specification, with graphql-js's messages (errors located at the variable definition).</summary>
internal static class VariableValues
{
    private const int MaxErrors = 50;

    public static (IReadOnlyDictionary<string, object?> Values, IReadOnlyList<GraphQLError> Errors) Coerce(
        Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.Count >= MaxErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                break;
            }

            var name = definition.Variable.Name.Value;
            var type = TypeHelpers.TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{AstPrinter.Print(definition.Type)}\" which cannot be used as an input type.",
                    definition.Type, ErrorCodes.BadUserInput));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var input))
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    values[name] = ValueFromAst.TryConvert(defaultValue, type, null, out var coercedDefault) ? coercedDefault : null;
                }
                else if (type is NonNullType)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition, ErrorCodes.BadUserInput));
                }

                continue;
            }

            if (input is null && type is NonNullType)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition, ErrorCodes.BadUserInput));
                continue;
            }

            values[name] = CoerceInputValue.Coerce(input, type, problem =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(problem.InvalidValue)}";
                if (problem.Path.Count > 0)
                {
                    prefix += $" at \"{name}{problem.FormatPath()}\"";
                }

                errors.Add(new GraphQLError(prefix + "; " + problem.Error.Message, definition, ErrorCodes.BadUserInput));
            });
        }

        return (values, errors);
    }
}

using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Execution.Coercion;

/// <summary>CoerceArgumentValues of the specification for one field, with graphql-js's messages; throws a GraphQLError on a bad argument.</summary>
internal static class ArgumentValues
{
    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> arguments, Node node, IReadOnlyDictionary<string, object?> variables)
    {
        var values = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var argument = Find(arguments, name);
            if (argument is null)
            {
                if (definition.HasDefaultValue)
                {
                    values[name] = definition.DefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.", node, ErrorCodes.BadUserInput);
                }

                continue;
            }

            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (!variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        values[name] = definition.DefaultValue;
                    }
                    else if (definition.Type is NonNullType)
                    {
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode, ErrorCodes.BadUserInput);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && definition.Type is NonNullType)
            {
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.", valueNode, ErrorCodes.BadUserInput);
            }

            if (!ValueFromAst.TryConvert(valueNode, definition.Type, variables, out var coerced))
            {
                throw new GraphQLError($"Argument \"{name}\" has invalid value {AstPrinter.Print(valueNode)}.", valueNode, ErrorCodes.BadUserInput);
            }

            values[name] = coerced;
        }

        return values;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument;
            }
        }

        return null;
    }
}

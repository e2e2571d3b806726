using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Execution.Engine;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution.Limits;

/// <summary>
/// Measures an operation before it runs — depth, aliases and estimated cost, with fragments expanded —
/// and returns the error for the first limit it exceeds.
/// </summary>
internal static class OperationLimits
{
    private static readonly string[] PageSizeArguments = ["first", "last", "limit", "pageSize"];

    public static GraphQLError? Check(
        ExecutableSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLLimits limits)
    {
        if (limits.MaxDepth is null && limits.MaxAliases is null && limits.MaxCost is null)
        {
            return null;
        }

        var rootType = operation.Operation == OperationType.Mutation ? schema.MutationType?.Name : schema.QueryType?.Name;
        var measure = new Measure(schema, fragments, variables, limits.DefaultListSize);
        var (depth, aliases, cost) = measure.SelectionSet(rootType, operation.SelectionSet, []);

        if (depth > limits.MaxDepth)
        {
            return new GraphQLError($"Query depth {depth} exceeds the maximum of {limits.MaxDepth}.", operation, ExecutionErrorCodes.MaxDepthExceeded);
        }

        if (aliases > limits.MaxAliases)
        {
            return new GraphQLError($"The operation uses {aliases} aliases, more than the maximum of {limits.MaxAliases}.", operation, ExecutionErrorCodes.MaxAliasesExceeded);
        }

        if (cost > limits.MaxCost)
        {
            return new GraphQLError($"Query cost {cost:0} exceeds the maximum of {limits.MaxCost}.", operation, ExecutionErrorCodes.MaxCostExceeded);
        }

        return null;
    }

    private sealed class Measure(
        ExecutableSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        int defaultListSize)
    {
        // Fragments are measured once each, so spreading one fragment many times costs nothing extra to measure.
        private readonly Dictionary<string, (int Depth, double Aliases, double Cost)> _fragments = new(StringComparer.Ordinal);

        public (int Depth, double Aliases, double Cost) SelectionSet(string? typeName, SelectionSetNode selectionSet, HashSet<string> fragmentPath)
        {
            var depth = 0;
            double aliases = 0, cost = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var (d, a, c) = selection switch
                {
                    FieldNode field => Field(typeName, field, fragmentPath),
                    InlineFragmentNode inline => SelectionSet(inline.TypeCondition?.Name.Value ?? typeName, inline.SelectionSet, fragmentPath),
                    FragmentSpreadNode spread => Fragment(spread.Name.Value, fragmentPath),
                    _ => (0, 0, 0),
                };
                depth = Math.Max(depth, d);
                aliases += a;
                cost += c;
            }

            return (depth, aliases, cost);
        }

        private (int Depth, double Aliases, double Cost) Fragment(string name, HashSet<string> fragmentPath)
        {
            if (_fragments.TryGetValue(name, out var measured))
            {
                return measured;
            }

            if (!fragments.TryGetValue(name, out var fragment) || !fragmentPath.Add(name))
            {
                return (0, 0, 0);
            }

            measured = SelectionSet(fragment.TypeCondition.Name.Value, fragment.SelectionSet, fragmentPath);
            fragmentPath.Remove(name);
            _fragments[name] = measured;
            return measured;
        }

        private (int Depth, double Aliases, double Cost) Field(string? typeName, FieldNode field, HashSet<string> fragmentPath)
        {
            var aliases = field.Alias is null ? 0 : 1;
            var name = field.Name.Value;
            var introspection = name.StartsWith("__", StringComparison.Ordinal);
            var output = typeName is null ? null : schema.FieldOutput(typeName, name);
            if (field.SelectionSet is null)
            {
                return (1, aliases, introspection ? 0 : 1);
            }

            var (depth, childAliases, childCost) = SelectionSet(NamedTypeOf(output), field.SelectionSet, fragmentPath);
            var cost = introspection ? 0 : 1 + (IsList(output) ? PageSize(field) : 1) * childCost;
            return (depth + 1, aliases + childAliases, cost);
        }

        private double PageSize(FieldNode field)
        {
            foreach (var argument in field.Arguments)
            {
                if (!PageSizeArguments.Contains(argument.Name.Value))
                {
                    continue;
                }

                var value = argument.Value switch
                {
                    IntValueNode literal => long.TryParse(literal.Value, out var n) ? n : (long?)null,
                    VariableNode variable => variables.TryGetValue(variable.Name.Value, out var v) && v is int or long ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null,
                    _ => null,
                };
                if (value is { } size)
                {
                    return Math.Max(0, size);
                }
            }

            return defaultListSize;
        }

        private static bool IsList(OutputType? type) => type switch
        {
            NonNullOutput nonNull => IsList(nonNull.Inner),
            ListOutput => true,
            _ => false,
        };

        private static string? NamedTypeOf(OutputType? type) => type switch
        {
            NonNullOutput nonNull => NamedTypeOf(nonNull.Inner),
            ListOutput list => NamedTypeOf(list.Item),
            ObjectOutput objectOutput => objectOutput.Type.Name,
            AbstractOutput abstractOutput => abstractOutput.Name,
            _ => null,
        };
    }
}

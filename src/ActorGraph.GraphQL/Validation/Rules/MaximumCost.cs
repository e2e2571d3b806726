using System.Globalization;
using System.Runtime.CompilerServices;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Optional limit (not a specification rule): the estimated cost of an operation is at most <c>maxCost</c>.
/// Each field costs 1; what is selected under a list field counts once per item, the page size being the
/// field's <c>first</c>, <c>last</c>, <c>limit</c> or <c>pageSize</c> argument (a literal, or a variable's
/// default) or else <c>defaultListSize</c>. Fragments are expanded; introspection fields are free.
/// Code MAX_COST_EXCEEDED.
/// </summary>
public sealed class MaximumCost(int maxCost, int defaultListSize) : ValidationRule
{
    private static readonly string[] PageSizeArguments = ["first", "last", "limit", "pageSize"];

    private readonly Dictionary<(string, NamedType?), double> _fragmentCosts = [];
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private IReadOnlyList<VariableDefinitionNode> _variables = [];

    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.OperationDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        _variables = operation.VariableDefinitions;
        var cost = Cost(context.Schema.GetRootType(operation.Operation), operation.SelectionSet, context);
        if (cost > maxCost)
        {
            var shown = double.IsInfinity(cost) ? "beyond measure" : cost.ToString("0", CultureInfo.InvariantCulture);
            context.ReportError(new GraphQLError($"Query cost {shown} exceeds the maximum of {maxCost}.", node, ValidationErrorCodes.MaxCostExceeded));
        }

        return false;
    }

    private double Cost(NamedType? parentType, SelectionSetNode selectionSet, ValidationContext context)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return double.PositiveInfinity;
        }

        var total = 0d;
        foreach (var selection in selectionSet.Selections)
        {
            total += selection switch
            {
                FieldNode field when field.Name.Value.StartsWith("__", StringComparison.Ordinal) => 0,
                FieldNode field => FieldCost(parentType, field, context),
                InlineFragmentNode inline => Cost(inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType, inline.SelectionSet, context),
                FragmentSpreadNode spread => FragmentCost(spread.Name.Value, context),
                _ => 0,
            };
        }

        return total;
    }

    private double FieldCost(NamedType? parentType, FieldNode field, ValidationContext context)
    {
        if (field.SelectionSet is null)
        {
            return 1;
        }

        var type = parentType is null ? null : TypeHelpers.GetFieldDefinition(context.Schema, parentType, field.Name.Value)?.Type;
        var items = type?.GetNullableType() is ListType ? PageSize(field) : 1;
        return 1 + (items * Cost(type?.GetNamedType(), field.SelectionSet, context));
    }

    private double FragmentCost(string name, ValidationContext context)
    {
        if (context.GetFragment(name) is not { } fragment)
        {
            return 0;
        }

        var type = context.Schema.GetType(fragment.TypeCondition.Name.Value);
        if (_fragmentCosts.TryGetValue((name, type), out var known))
        {
            return known;
        }

        // A cycle is reported by its own rule; here it adds nothing.
        if (!_inProgress.Add(name))
        {
            return 0;
        }

        var cost = Cost(type, fragment.SelectionSet, context);
        _inProgress.Remove(name);
        _fragmentCosts[(name, type)] = cost;
        return cost;
    }

    private int PageSize(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (Array.IndexOf(PageSizeArguments, argument.Name.Value) < 0)
            {
                continue;
            }

            var value = argument.Value is VariableNode variable
                ? _variables.FirstOrDefault(v => v.Variable.Name.Value == variable.Name.Value)?.DefaultValue
                : argument.Value;
            if (value is IntValueNode literal && int.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size))
            {
                return Math.Max(size, 0);
            }
        }

        return defaultListSize;
    }
}

using ActorGraph.GraphQL.Language;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary>
/// The root fields a request's mutation will run, collected as execution collects them: through fragment spreads
/// and inline fragments, leaving out what <c>@skip</c> and <c>@include</c> exclude for the request's variables
/// (or the variables' defaults).
/// </summary>
public static class MutationRootFields
{
    /// <summary>The field nodes, or null when the request does not select a mutation (or selects no operation, which the executor reports).</summary>
    public static IReadOnlyList<FieldNode>? Of(DocumentNode document, string? operationName, IReadOnlyDictionary<string, object?>? variables)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        if (operation is not { Operation: OperationType.Mutation })
        {
            return null;
        }

        var fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var conditions = new ConditionValues(operation, variables);
        var fields = new List<FieldNode>();
        Collect(operation.SelectionSet, fragments, conditions, fields, new HashSet<string>(StringComparer.Ordinal));
        return fields;
    }

    private static void Collect(
        SelectionSetNode selectionSet,
        Dictionary<string, FragmentDefinitionNode> fragments,
        ConditionValues conditions,
        List<FieldNode> fields,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!conditions.Include(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    fields.Add(field);
                    break;
                case InlineFragmentNode inline:
                    Collect(inline.SelectionSet, fragments, conditions, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Collect(fragment.SelectionSet, fragments, conditions, fields, visitedFragments);
                    break;
            }
        }
    }

    /// <summary>Evaluates <c>@skip(if:)</c> and <c>@include(if:)</c> as the executor does: only a true value counts as true.</summary>
    private sealed class ConditionValues(OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables)
    {
        public bool Include(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (name is "skip" or "include" && IsTrue(directive) == (name == "skip"))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsTrue(DirectiveNode directive)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;
            return condition switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable => Variable(variable.Name.Value),
                _ => false,
            };
        }

        private bool Variable(string name)
        {
            if (variables is not null && variables.TryGetValue(name, out var value))
            {
                return value is true;
            }

            return operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == name)?.DefaultValue is BooleanValueNode { Value: true };
        }
    }
}

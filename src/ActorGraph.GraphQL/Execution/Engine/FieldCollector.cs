using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution.Engine;

/// <summary>
/// CollectFields of the specification: expands fragment spreads and inline fragments whose type condition
/// applies to the object type, honours @skip and @include, and groups fields by response key.
/// </summary>
internal sealed class FieldCollector(IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
{
    public CollectedFields Collect(ObjectBinding type, SelectionSetNode selectionSet)
    {
        if (type.CollectedCache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var collected = new CollectedFields();
        var dependsOnVariables = false;
        Collect(type, selectionSet, collected, [], ref dependsOnVariables);
        if (!dependsOnVariables)
        {
            type.CollectedCache.AddOrUpdate(selectionSet, collected);
        }

        return collected;
    }

    /// <summary>The merged sub-selections of every node of one field (a field asked for twice through fragments).</summary>
    public CollectedFields CollectSubfields(ObjectBinding type, List<FieldNode> fieldNodes)
    {
        if (fieldNodes.Count == 1)
        {
            return Collect(type, fieldNodes[0].SelectionSet!);
        }

        var collected = new CollectedFields();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var dependsOnVariables = false;
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Collect(type, selectionSet, collected, visited, ref dependsOnVariables);
            }
        }

        return collected;
    }

    private void Collect(ObjectBinding type, SelectionSetNode selectionSet, CollectedFields collected, HashSet<string> visitedFragments, ref bool dependsOnVariables)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives, ref dependsOnVariables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    collected.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || type.SatisfiedConditions.Contains(inline.TypeCondition.Name.Value))
                    {
                        Collect(type, inline.SelectionSet, collected, visitedFragments, ref dependsOnVariables);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visitedFragments.Add(name) || !fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }

                    if (type.SatisfiedConditions.Contains(fragment.TypeCondition.Name.Value))
                    {
                        Collect(type, fragment.SelectionSet, collected, visitedFragments, ref dependsOnVariables);
                    }

                    break;
            }
        }
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, ref bool dependsOnVariables)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = false;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if")
                {
                    continue;
                }

                switch (argument.Value)
                {
                    case BooleanValueNode literal:
                        condition = literal.Value;
                        break;
                    case VariableNode variable:
                        dependsOnVariables = true;
                        condition = variables.TryGetValue(variable.Name.Value, out var value) && value is true;
                        break;
                }
            }

            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}

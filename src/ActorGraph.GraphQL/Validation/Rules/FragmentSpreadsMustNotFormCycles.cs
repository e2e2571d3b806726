using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.2 Fragment Spreads Must Not Form Cycles: following spreads from any fragment never leads back to it.
/// A depth-first search over fragments, each explored once; every cycle found is reported at its spreads.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCycles : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.OperationDefinition, NodeKind.FragmentDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            Explore(fragment, context);
        }

        return false;
    }

    private void Explore(FragmentDefinitionNode root, ValidationContext context)
    {
        // An explicit stack of (fragment, next spread index) keeps long fragment chains off the call stack.
        var stack = new Stack<(FragmentDefinitionNode Fragment, IReadOnlyList<FragmentSpreadNode> Spreads, int Next)>();
        if (!Start(root, context, stack))
        {
            return;
        }

        while (stack.TryPop(out var frame))
        {
            if (frame.Next == frame.Spreads.Count)
            {
                _pathIndexByName.Remove(frame.Fragment.Name.Value);
                if (_spreadPath.Count > 0 && stack.Count > 0)
                {
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }

                continue;
            }

            stack.Push(frame with { Next = frame.Next + 1 });
            var spread = frame.Spreads[frame.Next];
            var name = spread.Name.Value;
            _spreadPath.Add(spread);
            if (_pathIndexByName.TryGetValue(name, out var cycleStart))
            {
                ReportCycle(name, cycleStart, context);
            }
            else if (context.GetFragment(name) is { } target && Start(target, context, stack))
            {
                continue;
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
    }

    /// <summary>Marks a fragment visited and pushes it when it has spreads to follow; false when there is nothing to explore.</summary>
    private bool Start(
        FragmentDefinitionNode fragment,
        ValidationContext context,
        Stack<(FragmentDefinitionNode, IReadOnlyList<FragmentSpreadNode>, int)> stack)
    {
        if (!_visited.Add(fragment.Name.Value))
        {
            return false;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }

        _pathIndexByName[fragment.Name.Value] = _spreadPath.Count;
        stack.Push((fragment, spreads, 0));
        return true;
    }

    private void ReportCycle(string name, int cycleStart, ValidationContext context)
    {
        var cycle = _spreadPath.GetRange(cycleStart, _spreadPath.Count - cycleStart);
        var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
        context.ReportError($"Cannot spread fragment \"{name}\" within itself{(via.Length > 0 ? $" via {via}." : ".")}", [.. cycle]);
    }
}

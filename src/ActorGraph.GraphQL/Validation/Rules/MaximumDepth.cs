using System.Runtime.CompilerServices;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Optional limit (not a specification rule): the field nesting of an operation, fragments expanded, is at
/// most <c>maxDepth</c> (a root field is depth 1). Introspection fields (<c>__schema</c>, <c>__type</c>) do
/// not count, so tools can always introspect. Code MAX_DEPTH_EXCEEDED.
/// </summary>
public sealed class MaximumDepth(int maxDepth) : ValidationRule
{
    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.OperationDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        var depth = Depth(((OperationDefinitionNode)node).SelectionSet, context);
        if (depth > maxDepth)
        {
            var shown = depth == int.MaxValue ? "beyond measure" : depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.ReportError(new GraphQLError($"Query depth {shown} exceeds the maximum of {maxDepth}.", node, ValidationErrorCodes.MaxDepthExceeded));
        }

        return false;
    }

    private int Depth(SelectionSetNode selectionSet, ValidationContext context)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return int.MaxValue;
        }

        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode { Name.Value: "__schema" or "__type" } => 0,
                FieldNode field => field.SelectionSet is { } nested ? Saturate(Depth(nested, context)) : 1,
                InlineFragmentNode inline => Depth(inline.SelectionSet, context),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value, context),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private int FragmentDepth(string name, ValidationContext context)
    {
        if (_fragmentDepths.TryGetValue(name, out var known))
        {
            return known;
        }

        // A cycle is reported by its own rule; here it adds nothing.
        if (context.GetFragment(name) is not { } fragment || !_inProgress.Add(name))
        {
            return 0;
        }

        var depth = Depth(fragment.SelectionSet, context);
        _inProgress.Remove(name);
        _fragmentDepths[name] = depth;
        return depth;
    }

    private static int Saturate(int childDepth) => childDepth == int.MaxValue ? int.MaxValue : childDepth + 1;
}

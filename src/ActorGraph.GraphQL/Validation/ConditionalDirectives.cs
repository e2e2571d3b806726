using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation;

/// <summary>@skip and @include evaluated without variable values (a variable condition counts as "include").</summary>
internal static class ConditionalDirectives
{
    public static bool Include(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            switch (directive.Name.Value)
            {
                case "skip" when condition is { Value: true }:
                case "include" when condition is { Value: false }:
                    return false;
            }
        }

        return true;
    }
}

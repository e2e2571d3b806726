using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.5.2.1 Fragment Spread Target Defined: every spread names a fragment defined in the document.</summary>
public sealed class FragmentSpreadTargetDefined : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.FragmentSpread];

    public override bool Enter(Node node, ValidationContext context)
    {
        var name = ((FragmentSpreadNode)node).Name;
        if (context.GetFragment(name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{name.Value}\".", name);
        }

        return true;
    }
}

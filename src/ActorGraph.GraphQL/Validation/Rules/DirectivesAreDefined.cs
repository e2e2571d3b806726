using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.7.1 Directives Are Defined: every directive used is defined by the schema.</summary>
public sealed class DirectivesAreDefined : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.Directive];

    public override bool Enter(Node node, ValidationContext context)
    {
        var name = ((DirectiveNode)node).Name.Value;
        if (context.Schema.GetDirective(name) is null && context.GetDocumentDirective(name) is null)
        {
            context.ReportError($"Unknown directive \"@{name}\".", node);
        }

        return true;
    }
}

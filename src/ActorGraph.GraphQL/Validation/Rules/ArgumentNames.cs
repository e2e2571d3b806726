using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.4.1 Argument Names: every argument given to a field or directive is defined by it.</summary>
public sealed class ArgumentNames : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.Argument, NodeKind.Directive];

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is DirectiveNode directive)
        {
            CheckDirective(directive, context);
            return false;
        }

        var info = context.TypeInfo;
        if (info.Argument is null && info.FieldDefinition is { } field && info.ParentType is { } parentType)
        {
            context.ReportError($"Unknown argument \"{((ArgumentNode)node).Name.Value}\" on field \"{parentType.Name}.{field.Name}\".", node);
        }

        return true;
    }

    private static void CheckDirective(DirectiveNode directive, ValidationContext context)
    {
        var name = directive.Name.Value;
        var local = context.GetDocumentDirective(name);
        var known = context.Schema.GetDirective(name);
        if (local is null && known is null)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var argumentName = argument.Name.Value;
            var defined = local is not null ? local.Arguments.Any(a => a.Name.Value == argumentName) : known!.GetArgument(argumentName) is not null;
            if (!defined)
            {
                context.ReportError($"Unknown argument \"{argumentName}\" on directive \"@{name}\".", argument);
            }
        }
    }
}

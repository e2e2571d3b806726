using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.2.1 Required Arguments: every non-null argument without a default is given. (An explicit null for
/// one is reported by <see cref="ValuesOfCorrectType"/>, as graphql-js does.)
/// </summary>
public sealed class RequiredArguments : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.Field, NodeKind.Directive];

    public override void Leave(Node node, ValidationContext context)
    {
        if (node is FieldNode fieldNode)
        {
            if (context.TypeInfo.FieldDefinition is not { } field)
            {
                return;
            }

            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired() && !IsGiven(fieldNode.Arguments, argument.Name))
                {
                    context.ReportError($"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
                }
            }

            return;
        }

        var directive = (DirectiveNode)node;
        var name = directive.Name.Value;
        if (context.GetDocumentDirective(name) is { } local)
        {
            foreach (var argument in local.Arguments)
            {
                if (argument.Type is NonNullTypeNode && argument.DefaultValue is null && !IsGiven(directive.Arguments, argument.Name.Value))
                {
                    context.ReportError(Missing(name, argument.Name.Value, AstPrinter.Print(argument.Type)), node);
                }
            }
        }
        else if (context.Schema.GetDirective(name) is { } known)
        {
            foreach (var argument in known.Arguments)
            {
                if (argument.IsRequired() && !IsGiven(directive.Arguments, argument.Name))
                {
                    context.ReportError(Missing(name, argument.Name, argument.Type.ToString()), node);
                }
            }
        }
    }

    private static string Missing(string directive, string argument, string type) =>
        $"Directive \"@{directive}\" argument \"{argument}\" of type \"{type}\" is required, but it was not provided.";

    private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}

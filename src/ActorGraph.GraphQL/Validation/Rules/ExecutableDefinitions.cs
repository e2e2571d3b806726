using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.1.1 Executable Definitions: a document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitions : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.Document];

    public override bool Enter(Node node, ValidationContext context)
    {
        foreach (var definition in ((DocumentNode)node).Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => "schema",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }

        return true;
    }
}

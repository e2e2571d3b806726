using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.2.3.1 Lone Anonymous Operation: an operation without a name must be the document's only operation.</summary>
public sealed class LoneAnonymousOperation : ValidationRule
{
    private int _operationCount;

    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.Document, NodeKind.OperationDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is DocumentNode document)
        {
            _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
        }
        else if (((OperationDefinitionNode)node).Name is null && _operationCount > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }

        return true;
    }
}

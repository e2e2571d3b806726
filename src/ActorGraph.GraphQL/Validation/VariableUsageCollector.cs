using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation;

/// <summary>Walks an operation or fragment and records each variable reference with the input type expected there.</summary>
internal sealed class VariableUsageCollector : AstWalker
{
    private readonly TypeInfo _typeInfo;
    private readonly List<VariableUsage> _usages = [];

    private VariableUsageCollector(Schema schema) => _typeInfo = new TypeInfo(schema);

    public static List<VariableUsage> Collect(Schema schema, ExecutableDefinitionNode definition)
    {
        var collector = new VariableUsageCollector(schema);
        collector.Walk(definition);
        return collector._usages;
    }

    protected override bool Enter(Node node)
    {
        if (node is VariableDefinitionNode)
        {
            return false;
        }

        _typeInfo.Enter(node);
        if (node is VariableNode variable)
        {
            _usages.Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.HasDefaultValue, _typeInfo.ParentInputType));
        }

        return true;
    }

    protected override void Leave(Node node) => _typeInfo.Leave(node);
}

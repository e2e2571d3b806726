using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution.Engine;

/// <summary>The fields of one selection on one object type, grouped by response key in document order.</summary>
internal sealed class CollectedFields
{
    private readonly Dictionary<string, int> _indexByKey = new(StringComparer.Ordinal);

    public List<(string ResponseKey, List<FieldNode> Nodes)> Groups { get; } = [];

    public void Add(FieldNode field)
    {
        var key = field.ResponseKey;
        if (_indexByKey.TryGetValue(key, out var index))
        {
            Groups[index].Nodes.Add(field);
        }
        else
        {
            _indexByKey.Add(key, Groups.Count);
            Groups.Add((key, [field]));
        }
    }
}

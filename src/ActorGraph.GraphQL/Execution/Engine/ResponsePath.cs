namespace ActorGraph.GraphQL.Execution.Engine;

/// <summary>An immutable response path, built from the root outwards as fields and list items complete.</summary>
internal sealed class ResponsePath(ResponsePath? previous, object key)
{
    public ResponsePath? Previous { get; } = previous;

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; } = key;

    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Previous)
        {
            depth++;
        }

        var segments = new object[depth];
        for (var p = this; p is not null; p = p.Previous)
        {
            segments[--depth] = p.Key;
        }

        return segments;
    }
}

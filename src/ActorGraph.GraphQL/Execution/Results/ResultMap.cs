namespace ActorGraph.GraphQL.Execution;

/// <summary>An object in the response: response keys in selection order with their completed values.</summary>
public sealed class ResultMap(int capacity)
{
    private readonly string[] _keys = new string[capacity];
    private readonly object?[] _values = new object?[capacity];

    public int Count { get; private set; }

    public string KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    public object? this[string key]
    {
        get
        {
            var index = Array.IndexOf(_keys, key, 0, Count);
            return index >= 0 ? _values[index] : throw new KeyNotFoundException(key);
        }
    }

    internal int Add(string key)
    {
        _keys[Count] = key;
        return Count++;
    }

    internal void Set(int index, object? value) => _values[index] = value;
}

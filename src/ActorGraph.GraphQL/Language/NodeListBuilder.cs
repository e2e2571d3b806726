using System.Buffers;

namespace ActorGraph.GraphQL.Language;

/// <summary>
/// Collects the items of one AST list in a pooled buffer and hands out an exactly sized array, so the parser
/// allocates one array per list instead of a growing List&lt;T&gt;.
/// </summary>
internal struct NodeListBuilder<T>
    where T : Node
{
    private T[]? _buffer;
    private int _count;

    public void Add(T item)
    {
        if (_buffer is null)
        {
            _buffer = ArrayPool<T>.Shared.Rent(8);
        }
        else if (_count == _buffer.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_buffer.Length * 2);
            Array.Copy(_buffer, larger, _count);
            ArrayPool<T>.Shared.Return(_buffer, clearArray: true);
            _buffer = larger;
        }

        _buffer[_count++] = item;
    }

    /// <summary>The items as an array; the builder must not be used afterwards.</summary>
    public T[] ToArray()
    {
        if (_buffer is null)
        {
            return [];
        }

        var result = _buffer.AsSpan(0, _count).ToArray();
        ArrayPool<T>.Shared.Return(_buffer, clearArray: true);
        _buffer = null;
        return result;
    }
}

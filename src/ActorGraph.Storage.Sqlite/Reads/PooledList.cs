using System.Buffers;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>
/// A growable list over arrays rented from the shared pool, for the scratch of one read (the ends of a hub's tens of
/// thousands of edges). Arrays that large would go to the large object heap on every call and bring on full
/// collections; rented ones go back to the pool when the list is disposed.
/// </summary>
internal sealed class PooledList<T> : IDisposable
    where T : unmanaged
{
    private T[] _items = ArrayPool<T>.Shared.Rent(1024);

    public int Count { get; private set; }

    public T this[int index] => AsSpan()[index];

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            AsSpan().CopyTo(larger);
            ArrayPool<T>.Shared.Return(_items);
            _items = larger;
        }

        _items[Count++] = item;
    }

    public ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, Count);

    public void Dispose()
    {
        ArrayPool<T>.Shared.Return(_items);
        _items = [];
        Count = 0;
    }
}

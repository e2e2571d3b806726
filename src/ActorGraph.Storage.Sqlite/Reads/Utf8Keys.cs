using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using ActorGraph.Domain.Ports;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>
/// Dense integer keys for ids read as SQLite's UTF-8 text, looked up from the bytes in place: an open-addressing table
/// over one byte arena, so that keying a hub's tens of thousands of other ends makes no string and no object per id.
/// A string is made only when <see cref="Id"/> asks for one, once per key. Ids are slugs (ASCII), so comparing their
/// bytes orders them as comparing their strings ordinally does. The tables are rented from the shared pool (a hub's
/// ends would put them on the large object heap on every read) and go back to it on <see cref="Dispose"/>.
/// </summary>
internal sealed class Utf8Keys : IKeyedIds, IDisposable
{
    private const int MaxStackBytes = 256;
    private const int InitialKeys = 256;

    private byte[] _arena = ArrayPool<byte>.Shared.Rent(InitialKeys * 16);
    private int _arenaUsed;
    private int[] _starts = ArrayPool<int>.Shared.Rent(InitialKeys);
    private int[] _lengths = ArrayPool<int>.Shared.Rent(InitialKeys);
    private int[] _hashes = ArrayPool<int>.Shared.Rent(InitialKeys);
    private string?[] _strings = RentCleared<string?>(InitialKeys);

    /// <summary>Each slot holds a key plus one; 0 marks an empty slot. The first <see cref="_slotCount"/> are in use.</summary>
    private int[] _slots = RentCleared<int>(InitialKeys * 2);

    /// <summary>How many slots are in use: a power of two, kept at least twice the number of keys.</summary>
    private int _slotCount = InitialKeys * 2;

    /// <summary>How many keys the per-key tables hold before they grow (the pool may hand out longer arrays).</summary>
    private int _capacity = InitialKeys;

    public int Count { get; private set; }

    public int Key(ReadOnlySpan<byte> id)
    {
        var hash = Hash(id);
        var mask = _slotCount - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var key = _slots[slot] - 1;
            if (key < 0)
            {
                return Add(id, hash, slot);
            }

            if (_hashes[key] == hash && Bytes(key).SequenceEqual(id))
            {
                return key;
            }
        }
    }

    public int Key(string id)
    {
        var maximum = Encoding.UTF8.GetMaxByteCount(id.Length);
        Span<byte> bytes = maximum <= MaxStackBytes ? stackalloc byte[MaxStackBytes] : new byte[maximum];
        return Key(bytes[..Encoding.UTF8.GetBytes(id, bytes)]);
    }

    public string Id(int key) => _strings[key] ??= Encoding.UTF8.GetString(Bytes(key));

    public int CompareIds(int x, int y) => Bytes(x).SequenceCompareTo(Bytes(y));

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_arena);
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_lengths);
        ArrayPool<int>.Shared.Return(_hashes);
        ArrayPool<string?>.Shared.Return(_strings, clearArray: true);
        ArrayPool<int>.Shared.Return(_slots);
        (_arena, _starts, _lengths, _hashes, _strings, _slots) = ([], [], [], [], [], []);
        (Count, _arenaUsed, _slotCount, _capacity) = (0, 0, 0, 0);
    }

    /// <summary>A rented array whose first <paramref name="length"/> items are cleared (the pool hands arrays back as they were left).</summary>
    private static T[] RentCleared<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    private static T[] Grown<T>(T[] array, int used, int length)
    {
        var larger = ArrayPool<T>.Shared.Rent(length);
        array.AsSpan(0, used).CopyTo(larger);
        ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        return larger;
    }

    private ReadOnlySpan<byte> Bytes(int key) => _arena.AsSpan(_starts[key], _lengths[key]);

    private static int Hash(ReadOnlySpan<byte> id)
    {
        var hash = default(HashCode);
        hash.AddBytes(id);
        return hash.ToHashCode() & int.MaxValue;
    }

    private int Add(ReadOnlySpan<byte> id, int hash, int slot)
    {
        var key = Count++;
        if (key == _capacity)
        {
            _capacity *= 2;
            _starts = Grown(_starts, key, _capacity);
            _lengths = Grown(_lengths, key, _capacity);
            _hashes = Grown(_hashes, key, _capacity);
            _strings = Grown(_strings, key, _capacity);
            Array.Clear(_strings, key, _capacity - key);
        }

        if (_arenaUsed + id.Length > _arena.Length)
        {
            _arena = Grown(_arena, _arenaUsed, Math.Max(_arena.Length * 2, _arenaUsed + id.Length));
        }

        id.CopyTo(_arena.AsSpan(_arenaUsed));
        _starts[key] = _arenaUsed;
        _lengths[key] = id.Length;
        _hashes[key] = hash;
        _arenaUsed += id.Length;
        _slots[slot] = key + 1;
        if (Count * 2 > _slotCount)
        {
            Rehash();
        }

        return key;
    }

    private void Rehash()
    {
        ArrayPool<int>.Shared.Return(_slots);
        _slotCount *= 2;
        _slots = RentCleared<int>(_slotCount);
        var mask = _slotCount - 1;
        for (var key = 0; key < Count; key++)
        {
            var slot = _hashes[key] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = key + 1;
        }
    }
}

using System.Text;
using ActorGraph.Domain.Ports;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>
/// Dense integer keys for ids read as SQLite's UTF-8 text, looked up from the bytes in place: an open-addressing table
/// over one byte arena, so that keying a hub's tens of thousands of other ends makes no string and no object per id.
/// A string is made only when <see cref="Id"/> asks for one, once per key. Ids are slugs (ASCII), so comparing their
/// bytes orders them as comparing their strings ordinally does.
/// </summary>
internal sealed class Utf8Keys : IKeyedIds
{
    private const int MaxStackBytes = 256;

    private byte[] _arena = new byte[4096];
    private int _arenaUsed;
    private int[] _starts = new int[256];
    private int[] _lengths = new int[256];
    private int[] _hashes = new int[256];
    private string?[] _strings = new string?[256];

    /// <summary>Each slot holds a key plus one; 0 marks an empty slot. Kept at most half full.</summary>
    private int[] _slots = new int[512];

    public int Count { get; private set; }

    public int Key(ReadOnlySpan<byte> id)
    {
        var hash = Hash(id);
        var mask = _slots.Length - 1;
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
        if (key == _starts.Length)
        {
            var size = key * 2;
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _hashes, size);
            Array.Resize(ref _strings, size);
        }

        if (_arenaUsed + id.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + id.Length));
        }

        id.CopyTo(_arena.AsSpan(_arenaUsed));
        _starts[key] = _arenaUsed;
        _lengths[key] = id.Length;
        _hashes[key] = hash;
        _arenaUsed += id.Length;
        _slots[slot] = key + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return key;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
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

using System.Runtime.InteropServices;

namespace ActorGraph.Domain.Ports;

/// <summary>Dense integer keys for ids held as strings: each distinct id gets the next key.</summary>
public sealed class IdKeys : IKeyedIds
{
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];

    public int Count => _ids.Count;

    public int Key(string id)
    {
        ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(_keys, id, out var exists);
        if (!exists)
        {
            key = _ids.Count;
            _ids.Add(id);
        }

        return key;
    }

    public string Id(int key) => _ids[key];

    public int CompareIds(int x, int y) => string.CompareOrdinal(_ids[x], _ids[y]);
}

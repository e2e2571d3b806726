using System.Runtime.InteropServices;

namespace ActorGraph.Domain.Ports;

/// <summary>
/// Dense integer keys for ids (actor ids when counting a hub's edges, relationship types when reading rows): each
/// distinct id is held once as a string, and a store can look an id up from characters it has not turned into one.
/// </summary>
public sealed class IdKeys
{
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byCharacters;
    private readonly List<string> _ids = [];

    public IdKeys() => _byCharacters = _keys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The ids by key.</summary>
    public IReadOnlyList<string> Ids => _ids;

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

    /// <summary>The key of the id spelled by <paramref name="id"/>; a string is made only for an id not seen before.</summary>
    public int Key(ReadOnlySpan<char> id) => _byCharacters.TryGetValue(id, out var key) ? key : Key(id.ToString());
}

using System.Text;
using ActorGraph.Domain.Ports;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>Looks ids up in <see cref="IdKeys"/> straight from SQLite's UTF-8 text, decoding them on the stack.</summary>
internal static class Utf8IdKeys
{
    private const int MaxStackCharacters = 256;

    public static int Key(this IdKeys keys, ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxStackCharacters)
        {
            return keys.Key(Encoding.UTF8.GetString(utf8));
        }

        Span<char> characters = stackalloc char[MaxStackCharacters];
        return keys.Key(characters[..Encoding.UTF8.GetChars(utf8, characters)]);
    }

    /// <summary>
    /// Calls <paramref name="each"/> with the key of every id in a <c>group_concat</c> list (ids are slugs, so they
    /// hold no comma).
    /// </summary>
    public static void KeyEach(this IdKeys keys, ReadOnlySpan<byte> commaSeparated, Action<int> each)
    {
        foreach (var range in commaSeparated.Split((byte)','))
        {
            each(keys.Key(commaSeparated[range]));
        }
    }
}

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
}

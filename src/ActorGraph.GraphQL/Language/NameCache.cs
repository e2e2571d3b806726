using System.Text;

namespace ActorGraph.GraphQL.Language;

/// <summary>
/// Interns the names of documents so that parsing the same names again allocates nothing. A fixed-size,
/// lock-free table: a slot holds the last name that hashed to it; a miss simply replaces it. Names are ASCII.
/// </summary>
internal static class NameCache
{
    private const int Size = 4096;
    private const int MaxCachedLength = 64;
    private static readonly string?[] Entries = new string?[Size];

    public static string Get(ReadOnlySpan<byte> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return Encoding.ASCII.GetString(name);
        }

        var slot = Hash(name) & (Size - 1);
        var cached = Entries[slot];
        if (cached is not null && Matches(cached, name))
        {
            return cached;
        }

        var created = Encoding.ASCII.GetString(name);
        Entries[slot] = created;
        return created;
    }

    private static int Hash(ReadOnlySpan<byte> name)
    {
        var hash = unchecked((int)2166136261);
        foreach (var b in name)
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return hash;
    }

    private static bool Matches(string cached, ReadOnlySpan<byte> name)
    {
        if (cached.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (cached[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }
}

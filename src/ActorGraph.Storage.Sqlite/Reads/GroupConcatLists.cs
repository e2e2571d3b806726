using System.Globalization;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>Reads <c>group_concat</c> lists straight from SQLite's UTF-8 text (ids are slugs, so they hold no comma).</summary>
internal static class GroupConcatLists
{
    /// <summary>Adds the key of every id in the list.</summary>
    public static void AddKeys(ReadOnlySpan<byte> commaSeparated, Utf8Keys keys, List<int> into)
    {
        foreach (var range in commaSeparated.Split((byte)','))
        {
            into.Add(keys.Key(commaSeparated[range]));
        }
    }

    /// <summary>Adds every row id in the list.</summary>
    public static void AddRowIds(ReadOnlySpan<byte> commaSeparated, List<long> into)
    {
        foreach (var range in commaSeparated.Split((byte)','))
        {
            into.Add(long.Parse(commaSeparated[range], CultureInfo.InvariantCulture));
        }
    }
}

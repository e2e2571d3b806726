using System.Globalization;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>Reads the row ids of a <c>group_concat</c> list straight from SQLite's UTF-8 text.</summary>
internal static class RowIds
{
    public static void AddEach(ReadOnlySpan<byte> commaSeparated, List<long> into)
    {
        foreach (var range in commaSeparated.Split((byte)','))
        {
            into.Add(long.Parse(commaSeparated[range], CultureInfo.InvariantCulture));
        }
    }
}

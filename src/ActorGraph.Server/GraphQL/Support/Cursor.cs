using System.Globalization;
using System.Text;

namespace ActorGraph.Server.GraphQL.Support;

/// <summary>
/// Opaque page cursors. An offset cursor marks a position in a list the server pages in memory. A store cursor
/// wraps the store's own cursor plus how many items of the page that follows it to skip, so that every edge of
/// a store-paged connection has a cursor of its own.
/// </summary>
public static class Cursor
{
    private const string OffsetPrefix = "o:";
    private const string StorePrefix = "s:";

    public static string Offset(int index) => Encode(OffsetPrefix + index.ToString(CultureInfo.InvariantCulture));

    /// <summary>The index of the first item after the cursor (0 when there is none).</summary>
    public static int OffsetAfter(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        var text = Decode(cursor);
        return text.StartsWith(OffsetPrefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(OffsetPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index + 1
            : throw Invalid(cursor);
    }

    public static string Store(string? storeCursor, int skip) =>
        Encode(StorePrefix + skip.ToString(CultureInfo.InvariantCulture) + ":" + storeCursor);

    /// <summary>The store cursor to continue from and how many items of that page to skip.</summary>
    public static (string? StoreCursor, int Skip) StoreAfter(string? cursor)
    {
        if (cursor is null)
        {
            return (null, 0);
        }

        var text = Decode(cursor);
        var colon = text.IndexOf(':', StorePrefix.Length);
        if (!text.StartsWith(StorePrefix, StringComparison.Ordinal) || colon < 0
            || !int.TryParse(text.AsSpan(StorePrefix.Length, colon - StorePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var skip))
        {
            throw Invalid(cursor);
        }

        var storeCursor = text[(colon + 1)..];
        return (storeCursor.Length == 0 ? null : storeCursor, skip);
    }

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            throw Invalid(cursor);
        }
    }

    private static Exception Invalid(string cursor) =>
        ApiErrors.InvalidInput($"'{cursor}' is not a cursor of this list; pass the endCursor or an edge cursor it returned.");
}

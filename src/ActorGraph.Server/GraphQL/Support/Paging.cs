using ActorGraph.Domain.Ports;
using ActorGraph.Server.GraphQL.Views;

namespace ActorGraph.Server.GraphQL.Support;

/// <summary>Builds Relay connections, from lists held in memory or from the store's pages.</summary>
public static class Paging
{
    public static int CheckFirst(int first) =>
        first is >= 1 and <= PageRequest.MaxPageSize
            ? first
            : throw ApiErrors.InvalidInput($"'first' must be between 1 and {PageRequest.MaxPageSize}; it is {first}.");

    /// <summary>The range of a list of <paramref name="count"/> items that a page asks for.</summary>
    public static (int Start, int Length) Slice(int count, int first, string? after)
    {
        var start = Math.Min(Cursor.OffsetAfter(after), count);
        return (start, Math.Min(CheckFirst(first), count - start));
    }

    /// <summary>A page of items taken from position <paramref name="start"/> of an in-memory list of <paramref name="totalCount"/>.</summary>
    public static Connection<T> InMemory<T>(IReadOnlyList<T> page, int start, int totalCount)
    {
        var edges = page.Select((node, i) => new ConnectionEdge<T>(Cursor.Offset(start + i), node)).ToList();
        return new Connection<T>(
            edges,
            new PageInfo(start + page.Count < totalCount, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            totalCount);
    }

    public static Connection<T> InMemory<T>(IReadOnlyList<T> all, int first, string? after)
    {
        var (start, length) = Slice(all.Count, first, after);
        return InMemory([.. all.Skip(start).Take(length)], start, all.Count);
    }

    /// <summary>
    /// A page read from the store. An edge cursor from the middle of an earlier page costs one more store call
    /// (to step over the items before it); the <c>endCursor</c> of a page never does.
    /// </summary>
    public static async Task<Connection<T>> FromStoreAsync<T>(Func<PageRequest, Task<Page<T>>> fetch, int first, string? after)
    {
        CheckFirst(first);
        var (storeCursor, skip) = Cursor.StoreAfter(after);
        if (skip > 0)
        {
            var stepped = await fetch(new PageRequest(skip, storeCursor));
            storeCursor = stepped.EndCursor;
            if (!stepped.HasNextPage)
            {
                return new Connection<T>([], new PageInfo(false, true, null, null), stepped.TotalCount);
            }
        }

        var page = await fetch(new PageRequest(first, storeCursor));
        var edges = page.Items
            .Select((node, i) => new ConnectionEdge<T>(
                i == page.Items.Count - 1 && page.EndCursor is not null ? Cursor.Store(page.EndCursor, 0) : Cursor.Store(storeCursor, i + 1),
                node))
            .ToList();
        return new Connection<T>(
            edges,
            new PageInfo(page.HasNextPage, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            page.TotalCount);
    }
}

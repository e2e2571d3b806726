using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Neo4j.Mapping;
using ActorGraph.Storage.Neo4j.QueryApi;

namespace ActorGraph.Storage.Neo4j.Paging;

/// <summary>Keyset pages: the parameters every page statement takes, and the page built from its (total, items) row.</summary>
internal static class PageReader
{
    /// <summary>Adds <c>$afterKey</c>, <c>$afterId</c> and <c>$limit</c> (one more than the page, to know whether another follows).</summary>
    public static Dictionary<string, object?> WithPage(this Dictionary<string, object?> parameters, PageRequest page)
    {
        if (page.First is < 0 or > PageRequest.MaxPageSize)
        {
            throw new ValidationException("page.first", $"A page holds 0 to {PageRequest.MaxPageSize} items, not {page.First}.");
        }

        var after = Cursor.Decode(page.After);
        parameters["afterKey"] = after?.SortKey;
        parameters["afterId"] = after?.Id;
        parameters["limit"] = page.First + 1;
        return parameters;
    }

    public static Page<T> Read<T>(QueryResult result, PageRequest page, string itemKey, Func<IReadOnlyDictionary<string, object?>, T> map, Func<T, string> id)
    {
        var row = result.Rows.Single();
        var items = row.Maps("items");
        var taken = items.Take(page.First).ToList();
        var endCursor = taken.Count == 0 ? null : new Cursor(taken[^1]["sortKey"]!, id(map(taken[^1].Map(itemKey)))).Encode();
        return new Page<T>([.. taken.Select(i => map(i.Map(itemKey)))], (int)row.Long("total"), endCursor, items.Count > page.First);
    }
}

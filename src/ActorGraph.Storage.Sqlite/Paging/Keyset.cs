using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Paging;

/// <summary>An order for keyset paging: a sort key expression and the id column that breaks ties.</summary>
internal sealed record KeysetOrder(string Name, string KeySql, string IdSql, bool NumericKey, SortDirection Direction);

/// <summary>
/// Runs one page of a filtered query with keyset pagination: the rows after the cursor in (key, id) order,
/// one more than asked to know whether a next page exists, and the total count of the filtered rows.
/// </summary>
internal static class Keyset
{
    public static Page<T> Read<T>(
        SqlSession session,
        SqlConditions sql,
        string columns,
        string from,
        KeysetOrder order,
        PageRequest page,
        Func<SqlSession, SqliteCommand, Action<SqliteDataReader>, List<T>> readItems)
    {
        if (page.First is < 0 or > PageRequest.MaxPageSize)
        {
            throw new ValidationException("page.first", $"A page holds 0 to {PageRequest.MaxPageSize} items; {page.First} were asked for.");
        }

        int total;
        using (var count = sql.Command(session, $"{sql.WithClause}SELECT COUNT(*) FROM {from} {sql.WhereClause()};"))
        {
            total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var descending = order.Direction == SortDirection.Descending;
        string? after = null;
        if (page.After is { } encoded)
        {
            var cursor = Cursor.Decode(encoded, order.Name);
            var comparison = descending ? "<" : ">";
            after = $"({order.KeySql}, {order.IdSql}) {comparison} ({sql.Parameter(cursor.Key)}, {sql.Parameter(cursor.Id)})";
        }

        var direction = descending ? "DESC" : "ASC";
        var keys = new List<(object Key, string Id)>();
        List<T> items;
        using (var command = sql.Command(
            session,
            $"""
            {sql.WithClause}SELECT {columns}, {order.KeySql} AS sort_key, {order.IdSql} AS sort_id
            FROM {from}
            {sql.WhereClause(after)}
            ORDER BY sort_key {direction}, sort_id {direction}
            LIMIT {page.First + 1};
            """))
        {
            items = readItems(session, command, row =>
            {
                var keyOrdinal = row.FieldCount - 2;
                object key = order.NumericKey ? row.GetDouble(keyOrdinal) : row.GetString(keyOrdinal);
                keys.Add((key, row.GetString(row.FieldCount - 1)));
            });
        }

        var hasNext = items.Count > page.First;
        if (hasNext)
        {
            items.RemoveAt(items.Count - 1);
        }

        string? endCursor = null;
        if (items.Count > 0)
        {
            var (key, id) = keys[items.Count - 1];
            endCursor = new Cursor(order.Name, key as string, key as double?, id).Encode();
        }

        return new Page<T>(items, total, endCursor, hasNext);
    }
}

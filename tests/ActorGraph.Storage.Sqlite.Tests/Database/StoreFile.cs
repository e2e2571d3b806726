using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Tests.Database;

/// <summary>Reads a store's file directly, on a connection of its own that is closed afterwards (not pooled).</summary>
internal static class StoreFile
{
    /// <summary>The first column of every row, as text.</summary>
    public static List<string> Query(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
        }

        return rows;
    }

    /// <summary>The first column of the only row, or null when there is none.</summary>
    public static string? Scalar(string path, string sql) => Query(path, sql).SingleOrDefault();
}

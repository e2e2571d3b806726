using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>
/// Lets the first large load into a store write its pages straight into the database file. Through the WAL every page
/// is written twice: into the WAL before the commit, and into the file by the checkpoint after it. A store that holds no
/// actors has nothing for readers to see, so its first large import may take the file for itself and run with a
/// rollback journal instead. That journal keeps only the few pages that existed before (the empty schema), and a load
/// killed half-way is rolled back from it by whoever opens the file next, as a WAL transaction would be. Readers wait
/// for such a load to commit instead of reading the empty store meanwhile.
/// </summary>
internal static class DirectLoad
{
    /// <summary>
    /// Switches the connection's file to a rollback journal if the store holds no actors and no other connection has
    /// the file open once <paramref name="closeIdleConnections"/> has closed those the caller keeps; returns whether it
    /// did. The file stays in WAL mode otherwise, and the load goes through the WAL.
    /// </summary>
    public static bool TryBegin(SqliteConnection connection, Action closeIdleConnections)
    {
        if (Text(connection, "SELECT EXISTS (SELECT 1 FROM actors);") != "0")
        {
            return false;
        }

        closeIdleConnections();

        // Leaving WAL mode needs every other connection closed. One that is open makes the switch fail: at once, instead
        // of after the busy timeout, since waiting would not close it.
        var timeout = Text(connection, "PRAGMA busy_timeout;");
        Text(connection, "PRAGMA busy_timeout = 0;");
        try
        {
            if (Text(connection, "PRAGMA journal_mode = DELETE;") != "delete")
            {
                return false;
            }
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == raw.SQLITE_BUSY)
        {
            return false;
        }
        finally
        {
            Text(connection, $"PRAGMA busy_timeout = {timeout};");
        }

        // With a rollback journal, FULL is what keeps a power loss from corrupting the file (NORMAL suffices for WAL).
        Text(connection, "PRAGMA synchronous = FULL;");
        return true;
    }

    /// <summary>
    /// Puts the file back in WAL mode once the load has committed or rolled back. Returns false when a reader's
    /// transaction outlasted the busy timeout; the file is consistent meanwhile, and the caller tries again later.
    /// </summary>
    public static bool TryEnd(SqliteConnection connection)
    {
        Text(connection, "PRAGMA synchronous = NORMAL;");
        try
        {
            return Text(connection, "PRAGMA journal_mode = WAL;") == "wal";
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == raw.SQLITE_BUSY)
        {
            return false;
        }
    }

    private static string? Text(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

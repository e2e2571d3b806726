using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>
/// An open connection inside one transaction (a <see cref="SqliteTransaction"/>, or none when the transaction was begun
/// with a plain <c>BEGIN</c>): every command it hands out runs in that transaction and is taken
/// from the connection's <see cref="StatementCache"/>, so it is compiled once per connection and rebound for each use.
/// </summary>
internal sealed class SqlSession(SqliteConnection connection, SqliteTransaction? transaction, StatementCache statements)
{
    /// <summary>SQLite's default: a commit that leaves this many pages or more in the WAL copies them into the file.</summary>
    public const int AutomaticCheckpointPages = 1000;

    /// <summary>Whether <see cref="DeferCheckpoint"/> was asked for.</summary>
    public bool CheckpointDeferred { get; private set; }

    /// <summary>
    /// Has the commit of this transaction leave copying the WAL into the database file to a checkpoint in the background,
    /// instead of making it itself (SQLite's automatic checkpoint). For a transaction that wrote a large part of the file,
    /// that copy takes about as long as writing the WAL did, and the data is committed and readable without it.
    /// </summary>
    public void DeferCheckpoint()
    {
        ExecuteScript("PRAGMA wal_autocheckpoint = 0;");
        CheckpointDeferred = true;
    }

    /// <summary>The command for this SQL; disposing it (optional) keeps it compiled for the next use.</summary>
    public SqliteCommand Command(string sql) => statements.Get(sql, transaction);

    /// <summary>The same as <see cref="Command"/>: the session's compiled command for this SQL.</summary>
    public SqliteCommand Prepared(string sql) => statements.Get(sql, transaction);

    /// <summary>The session's compiled statement for this SQL, run through SQLite's own API.</summary>
    public NativeStatement Native(string sql) => statements.Native(sql);

    public int Execute(string sql, params (string Name, object? Value)[] parameters) =>
        Bound(sql, parameters).Execute();

    public T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var result = Bound(sql, parameters).Scalar();
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return result is null ? default : (T)Convert.ChangeType(result, type, CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a script of several statements (a migration); not kept compiled.</summary>
    public void ExecuteScript(string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private NativeStatement Bound(string sql, (string Name, object? Value)[] parameters)
    {
        var statement = statements.Native(sql);
        foreach (var (name, value) in parameters)
        {
            statement.Bind(name, value);
        }

        return statement;
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>
/// An open connection inside one transaction: every command it makes runs in that transaction. Statements run
/// through <see cref="Prepared"/> are compiled once per session and rebound row after row.
/// </summary>
internal sealed class SqlSession(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    /// <summary>A new command; the caller disposes it.</summary>
    public SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>The session's compiled command for this SQL; the session disposes it.</summary>
    public SqliteCommand Prepared(string sql)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = Command(sql);
            command.Prepare();
            _prepared.Add(sql, command);
        }

        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters) =>
        Bind(Prepared(sql), parameters).ExecuteNonQuery();

    public T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var result = Bind(Prepared(sql), parameters).ExecuteScalar();
        return result is null or DBNull ? default : (T)Convert.ChangeType(result, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a script of several statements (a migration); not prepared.</summary>
    public void ExecuteScript(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }
    }

    private static SqliteCommand Bind(SqliteCommand command, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Bind(name, value);
        }

        return command;
    }
}

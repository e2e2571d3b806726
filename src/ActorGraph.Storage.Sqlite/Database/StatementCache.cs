using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>
/// The compiled statements of one open connection, by SQL text. Compiling a statement costs more than running most
/// of the store's indexed reads, so each is compiled once and rebound for every later use. A command handed out
/// here stays compiled when its user disposes it; <see cref="Dispose"/> releases them all and must run before
/// the connection closes.
/// </summary>
/// <param name="connection">The open connection the statements are compiled on.</param>
/// <param name="capacity">
/// Past this many statements the cache starts again rather than grow: a kept reader's filters make the SQL text vary
/// without end. A write transaction's cache lives only as long as the transaction and holds its few statements
/// unbounded, so a writer may keep a statement it was handed for the whole transaction.
/// </param>
internal sealed class StatementCache(SqliteConnection connection, int capacity = StatementCache.ReaderCapacity) : IDisposable
{
    public const int ReaderCapacity = 256;

    private readonly Dictionary<string, KeptCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NativeStatement> _natives = new(StringComparer.Ordinal);

    /// <summary>
    /// The compiled command for <paramref name="sql"/>, enlisted in <paramref name="transaction"/>. While that command's
    /// reader is still open (the same SQL nested in itself) a separate command is returned, which its user disposes.
    /// </summary>
    public SqliteCommand Get(string sql, SqliteTransaction? transaction)
    {
        if (_commands.TryGetValue(sql, out var kept))
        {
            if (kept.HasOpenReader)
            {
                return Create(new SqliteCommand(), sql, transaction);
            }

            kept.Transaction = transaction;
            return kept;
        }

        if (_commands.Count >= capacity)
        {
            Clear();
        }

        kept = Create(new KeptCommand(), sql, transaction);
        try
        {
            kept.Prepare();
        }
        catch
        {
            kept.Release();
            throw;
        }

        _commands.Add(sql, kept);
        return kept;
    }

    /// <summary>The compiled statement for <paramref name="sql"/>, run through SQLite's own API in the connection's transaction.</summary>
    public NativeStatement Native(string sql)
    {
        if (!_natives.TryGetValue(sql, out var statement))
        {
            if (_natives.Count >= capacity)
            {
                Clear();
            }

            statement = new NativeStatement(connection, sql);
            _natives.Add(sql, statement);
        }

        return statement;
    }

    public void Dispose() => Clear();

    private T Create<T>(T command, string sql, SqliteTransaction? transaction)
        where T : SqliteCommand
    {
        command.Connection = connection;
        command.CommandTimeout = connection.DefaultTimeout;
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private void Clear()
    {
        foreach (var command in _commands.Values)
        {
            command.Release();
        }

        _commands.Clear();
        foreach (var statement in _natives.Values)
        {
            statement.Dispose();
        }

        _natives.Clear();
    }

    /// <summary>A command whose <c>Dispose</c> keeps its compiled statement; only the cache releases it.</summary>
    private sealed class KeptCommand : SqliteCommand
    {
        private bool _released;

        public bool HasOpenReader => DataReader is not null;

        public void Release()
        {
            _released = true;
            Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (_released)
            {
                base.Dispose(disposing);
            }
        }
    }
}

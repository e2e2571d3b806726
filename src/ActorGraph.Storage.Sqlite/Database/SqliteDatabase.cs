using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>
/// Opens connections to the store's file (pooled) and runs work in a transaction: a deferred one for reads,
/// so that several statements see one snapshot, and <c>BEGIN IMMEDIATE</c> for writes, so that concurrent
/// writers queue on the write lock instead of deadlocking when a reader upgrades.
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    public SqliteDatabase(SqliteStoreOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        FilePath = Path.GetFullPath(options.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();

        // FULL makes every acknowledged commit survive a power loss as well as a killed process.
        _pragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = FULL;");
    }

    public string FilePath { get; }

    public SqliteConnection Open()
    {
        var folder = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public T Read<T>(Func<SqlSession, T> work) => Run(work, deferred: true);

    public T Write<T>(Func<SqlSession, T> work) => Run(work, deferred: false);

    private T Run<T>(Func<SqlSession, T> work, bool deferred)
    {
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction(deferred);
            T result;
            using (var session = new SqlSession(connection, transaction))
            {
                result = work(session);
            }

            transaction.Commit();
            return result;
        }
        catch (SqliteException exception)
        {
            var translated = SqliteErrors.Translate(exception);
            if (ReferenceEquals(translated, exception))
            {
                throw;
            }

            throw translated;
        }
    }
}

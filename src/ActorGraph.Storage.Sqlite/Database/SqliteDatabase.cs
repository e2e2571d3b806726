using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>
/// Opens connections to the store's file and runs work in a transaction: a deferred one for reads, so that several
/// statements see one snapshot, and <c>BEGIN IMMEDIATE</c> for writes, so that concurrent writers queue on the write
/// lock instead of deadlocking when a reader upgrades. Reads reuse connections the database keeps open with their
/// compiled statements; writes take a connection from the driver's pool and close it, so that closing the pools
/// (<see cref="SqliteConnection.ClearAllPools"/>) still checkpoints a file that was only written.
/// </summary>
internal sealed class SqliteDatabase
{
    /// <summary>
    /// Writers of one process queue here, one gate per file, before asking SQLite for the write lock: SQLite's busy
    /// handler polls with sleeps of up to 100 ms, so handing the lock over in process is much faster. Writers in
    /// other processes still meet at the SQLite lock and its busy timeout.
    /// </summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    /// <summary>More idle read connections than this are closed rather than kept.</summary>
    private const int MaxIdleReaders = 32;

    private readonly ConcurrentStack<KeptConnection> _idleReaders = new();
    private readonly SemaphoreSlim _writeGate;
    private readonly string _connectionString;
    private readonly string _existingFileConnectionString;
    private readonly string _pragmas;
    private readonly Lock _checkpointLock = new();
    private Task _checkpoint = Task.CompletedTask;

    // Set when a direct load could not put the file back in WAL mode (a reader held it); the next write tries again.
    private bool _walPending;

    public SqliteDatabase(SqliteStoreOptions options)
    {
        SqliteLibrary.Configure();
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        FilePath = Path.GetFullPath(options.Path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        };
        _connectionString = connectionString.ToString();
        connectionString.Mode = SqliteOpenMode.ReadWrite;
        connectionString.Pooling = false;
        _existingFileConnectionString = connectionString.ToString();
        _writeGate = WriteGates.GetOrAdd(FilePath, _ => new SemaphoreSlim(1, 1));

        // NORMAL in WAL mode writes each commit to the WAL before acknowledging it and syncs at checkpoints, so every
        // acknowledged write survives a killed process (the crash test checks this); only a power loss or OS crash may
        // lose the last commits, never corrupt the file. FULL would add an fsync to every commit, which small writes
        // (one change per call) pay in full. A large page cache keeps a big import's index pages in memory until it commits;
        // reads go through memory-mapped I/O (see SqliteStoreOptions.MemoryMapBytes).
        _pragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = {options.MemoryMapBytes};");
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

    public T Read<T>(Func<SqlSession, T> work) => Translated(() =>
    {
        var reader = _idleReaders.TryPop(out var idle) ? idle : new KeptConnection(Open());

        // BEGIN and COMMIT run as kept statements too: through SqliteTransaction they are compiled on every read.
        var statements = reader.Statements;
        T result;
        try
        {
            statements.Native("BEGIN;").Execute();
            result = work(new SqlSession(reader.Connection, null, statements));
            statements.Native("COMMIT;").Execute();
        }
        catch
        {
            RollBackAndClose(reader);
            throw;
        }

        if (_idleReaders.Count < MaxIdleReaders)
        {
            _idleReaders.Push(reader);
        }
        else
        {
            reader.Dispose();
        }

        return result;
    });

    public T Write<T>(Func<SqlSession, T> work)
    {
        _writeGate.Wait();
        try
        {
            return Run(work);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction. With <paramref name="enforceForeignKeys"/> off, SQLite skips
    /// its foreign key checks for this transaction (they cost a lookup per referring row, most of a large import's
    /// audit), so the work must check every reference it writes itself, as the batch importer does. With
    /// <paramref name="mayLoadDirectly"/>, for a load large enough to be a store's first content, it writes straight into
    /// the database file if the store holds no actors and no other connection has the file open (<see cref="DirectLoad"/>),
    /// and readers wait for its commit.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<SqlSession, T> work, CancellationToken cancellationToken, bool enforceForeignKeys = true, bool mayLoadDirectly = false)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Run(work, enforceForeignKeys, mayLoadDirectly);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs one statement outside any transaction (such as a journal mode switch).</summary>
    public void ExecuteOutsideTransaction(string sql) => Translated(() =>
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    });

    private T Run<T>(Func<SqlSession, T> work, bool enforceForeignKeys = true, bool mayLoadDirectly = false) => Translated(() =>
    {
        using var connection = Open();
        if (_walPending)
        {
            _walPending = !DirectLoad.TryEnd(connection);
        }

        var direct = mayLoadDirectly && BeginDirectLoad(connection);
        _walPending |= direct;
        if (!enforceForeignKeys)
        {
            // The pragma is ignored inside a transaction, so it is switched around it; the connection goes back to
            // the pool enforcing them again.
            Pragma(connection, "PRAGMA foreign_keys = OFF;");
        }

        SqlSession? session = null;
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            T result;
            using (var statements = new StatementCache(connection, capacity: int.MaxValue))
            {
                session = new SqlSession(connection, transaction, statements);
                result = work(session);
            }

            transaction.Commit();
            if (session.CheckpointDeferred && !direct)
            {
                CheckpointInBackground();
            }

            return result;
        }
        finally
        {
            if (!enforceForeignKeys)
            {
                Pragma(connection, "PRAGMA foreign_keys = ON;");
            }

            if (session?.CheckpointDeferred == true)
            {
                Pragma(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA wal_autocheckpoint = {SqlSession.AutomaticCheckpointPages};"));
            }

            if (direct)
            {
                _walPending = !DirectLoad.TryEnd(connection);
            }
        }
    });

    /// <summary>
    /// Tries <see cref="DirectLoad.TryBegin"/>, closing the connections this process keeps idle on the file first: they
    /// would count as other users of it.
    /// </summary>
    private bool BeginDirectLoad(SqliteConnection connection) => DirectLoad.TryBegin(connection, () =>
    {
        while (_idleReaders.TryPop(out var reader))
        {
            reader.Dispose();
        }

        SqliteConnection.ClearPool(connection);
    });

    /// <summary>Completes when the last checkpoint started in the background has run (at once if none was).</summary>
    public Task WhenCheckpointed
    {
        get
        {
            lock (_checkpointLock)
            {
                return _checkpoint;
            }
        }
    }

    /// <summary>
    /// Copies the WAL into the database file on another thread, after the commit has returned. A PASSIVE checkpoint
    /// waits for no one: readers and writers go on meanwhile, and pages that readers still need stay in the WAL for the
    /// next checkpoint. One that fails (the file deleted meanwhile, say) leaves the pages in the WAL, where readers find
    /// them and the next commit's automatic checkpoint copies them; so its failure is not reported.
    /// </summary>
    private void CheckpointInBackground()
    {
        lock (_checkpointLock)
        {
            _checkpoint = _checkpoint.ContinueWith(_ => Checkpoint(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        void Checkpoint()
        {
            try
            {
                // Not Open(): that would create the file again had it been deleted since the commit.
                using var connection = new SqliteConnection(_existingFileConnectionString);
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                command.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
            }
        }
    }

    /// <summary>Sets a connection's pragma outside any transaction (some are ignored inside one).</summary>
    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A failed read's connection is not kept; it goes back to the driver's pool, so its transaction must end first.</summary>
    private static void RollBackAndClose(KeptConnection reader)
    {
        try
        {
            if (raw.sqlite3_get_autocommit(reader.Connection.Handle) == 0)
            {
                reader.Statements.Native("ROLLBACK;").Execute();
            }
        }
        finally
        {
            reader.Dispose();
        }
    }

    private static T Translated<T>(Func<T> work)
    {
        try
        {
            return work();
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

using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Sqlite.Tests.Database;

/// <summary>An empty database file of its own, in WAL mode, for tests of the database layer below the store.</summary>
internal static class ScratchDatabase
{
    public static SqliteDatabase Create(TemporaryDirectory directory, string prefix)
    {
        var database = new SqliteDatabase(new SqliteStoreOptions { Path = directory.File($"{prefix}-{Guid.NewGuid():N}.db") });
        database.ExecuteOutsideTransaction("PRAGMA journal_mode = WAL;");
        return database;
    }
}

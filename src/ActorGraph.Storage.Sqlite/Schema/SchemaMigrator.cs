using System.Globalization;
using ActorGraph.Domain.Errors;
using ActorGraph.Storage.Sqlite.Database;

namespace ActorGraph.Storage.Sqlite.Schema;

/// <summary>
/// Brings a database file to the latest schema version: switches it to WAL, then applies each pending
/// migration in its own write transaction and records it in <c>schema_version</c>. Several processes may
/// start at once: each step re-reads the version under the write lock.
/// </summary>
internal sealed class SchemaMigrator(SqliteDatabase database, IReadOnlyList<Migration> migrations)
{
    public int LatestVersion => migrations.Count == 0 ? 0 : migrations[^1].Version;

    public void Migrate()
    {
        database.ExecuteOutsideTransaction("PRAGMA journal_mode = WAL;");

        foreach (var migration in migrations)
        {
            database.Write(session =>
            {
                session.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);");
                var current = CurrentVersion(session);
                if (current > LatestVersion)
                {
                    throw new StoreUnavailableException(
                        $"The database '{database.FilePath}' has schema version {current}, newer than this build knows ({LatestVersion}).");
                }

                if (current < migration.Version)
                {
                    session.ExecuteScript(migration.Sql);
                    session.Execute(
                        "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at);",
                        ("@version", migration.Version),
                        ("@name", migration.Name),
                        ("@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
                }

                return current;
            });
        }
    }

    public static int CurrentVersion(SqlSession session) =>
        session.Scalar<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version;");
}

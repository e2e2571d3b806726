using SQLitePCL;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>Process-wide SQLite settings, which SQLite accepts only before it initialises (before the first connection opens).</summary>
internal static class SqliteLibrary
{
    /// <summary>
    /// The native library Microsoft.Data.Sqlite's bundle ships and loads, which <see cref="NativeColumns"/> and
    /// <see cref="NativeStatementCalls"/> bind by name: another SQLite provider would need this changed with it.
    /// </summary>
    public const string NativeName = "e_sqlite3";

    private static readonly Lazy<int> Configured = new(Apply);

    /// <summary>
    /// Turns off SQLite's memory statistics, which nothing here reads: keeping them takes a process-wide lock around
    /// every allocation, and a large import allocates for every text value it binds. If a connection opened earlier in
    /// the process, SQLite keeps its defaults (it answers <c>SQLITE_MISUSE</c>), which only costs that speed.
    /// </summary>
    public static void Configure() => _ = Configured.Value;

    private static int Apply()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}

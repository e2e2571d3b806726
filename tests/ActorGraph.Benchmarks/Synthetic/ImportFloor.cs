using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Benchmarks.Synthetic;

/// <summary>
/// The import's lower bound, measured in the same run: SQLite alone writing what the import wrote. A new file gets the
/// imported file's tables, each filled with one <c>INSERT … SELECT</c> from it; then its indexes are built, and all of
/// it commits in one transaction written straight into the file with a rollback journal, as a store's first large load
/// is (<c>DirectLoad</c>). What SQLite does here is the
/// storage work; what it leaves out is the import's own: reading the batch, checking references and fingerprints, a
/// statement per row, numbering the audit entries. Foreign keys are not enforced, as the import does not have SQLite
/// enforce them (it checks references itself); the bundled SQLite enforces them by default, which cost the floor a
/// quarter of its time.
/// </summary>
public static class ImportFloor
{
    /// <summary>How long SQLite took to write <paramref name="importedFile"/>'s rows and indexes into <paramref name="floorFile"/>.</summary>
    public static TimeSpan Measure(string importedFile, string floorFile)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = floorFile, Pooling = false, ForeignKeys = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
        Execute(connection, $"ATTACH DATABASE '{importedFile.Replace("'", "''", StringComparison.Ordinal)}' AS imported;");
        var schema = Schema(connection);
        var virtualTables = schema.Where(s => s.Sql.StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase)).Select(s => s.Name).ToList();

        // A virtual table makes its own shadow tables, and fills them as rows are inserted into it.
        bool Shadow(string name) => virtualTables.Any(v => name.StartsWith(v + "_", StringComparison.Ordinal));
        var tables = schema.Where(s => s.Type == "table" && !Shadow(s.Name)).ToList();
        var indexes = schema.Where(s => s.Type == "index").ToList();

        var clock = Stopwatch.StartNew();
        Execute(connection, "BEGIN IMMEDIATE;");
        foreach (var table in tables)
        {
            Execute(connection, table.Sql + ";");
        }

        foreach (var table in tables)
        {
            var columns = string.Join(", ", Strings(connection, $"SELECT name FROM pragma_table_info('{table.Name}', 'imported');").Select(c => $"\"{c}\""));
            var rowId = virtualTables.Contains(table.Name) ? "rowid, " : "";
            Execute(connection, $"INSERT INTO main.\"{table.Name}\" ({rowId}{columns}) SELECT {rowId}{columns} FROM imported.\"{table.Name}\";");
        }

        Execute(connection, $"PRAGMA threads = {Math.Max(0, Environment.ProcessorCount - 1)};");
        foreach (var index in indexes)
        {
            Execute(connection, index.Sql + ";");
        }

        Execute(connection, "COMMIT;");
        return clock.Elapsed;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The imported file's tables and indexes, in the order they were made (SQLite's own aside).</summary>
    private static List<(string Type, string Name, string Sql)> Schema(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, sql FROM imported.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid;";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

using System.Text;
using SQLitePCL;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>The current row of a <see cref="NativeStatement"/>, read in place.</summary>
internal readonly struct NativeRow(sqlite3_stmt statement)
{
    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public int Int32(int column) => raw.sqlite3_column_int(statement, column);

    public double Double(int column) => raw.sqlite3_column_double(statement, column);

    public string Text(int column) => Encoding.UTF8.GetString(Utf8(column));

    /// <summary>The column's text as SQLite holds it, valid only until the statement moves on.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(statement, column);
}

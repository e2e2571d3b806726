using System.Text;
using SQLitePCL;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>The current row of a <see cref="NativeStatement"/>, read in place; valid only while the statement stays on that row.</summary>
internal readonly unsafe struct NativeRow(nint statement)
{
    public bool IsNull(int column) => NativeColumns.Type(statement, column) == raw.SQLITE_NULL;

    public int Int32(int column) => NativeColumns.Int32(statement, column);

    public double Double(int column) => NativeColumns.Double(statement, column);

    public string Text(int column) => Encoding.UTF8.GetString(Utf8(column));

    /// <summary>The column's text as SQLite holds it, valid only until the statement moves on.</summary>
    public ReadOnlySpan<byte> Utf8(int column)
    {
        // The pointer first, then the length: asking for the length may convert the value the pointer would point to.
        var bytes = NativeColumns.Blob(statement, column);
        return bytes == 0 ? [] : new ReadOnlySpan<byte>((void*)bytes, NativeColumns.Bytes(statement, column));
    }
}

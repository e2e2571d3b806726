using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>
/// The statement calls a <see cref="NativeStatement"/> makes for every row, on the raw statement pointer, from the same
/// library as <see cref="NativeColumns"/> and for the same reason: a large import binds tens of millions of values, and
/// the driver's SafeHandle reference count around each call cost more than SQLite's own work. A parameter setter only
/// stores a value in the statement (text is copied when <see cref="Transient"/> is passed), under the connection's lock,
/// which no other thread holds while one thread owns the connection; so the setters neither wait nor call back into the
/// runtime, and skip the GC transition too.
/// </summary>
internal static unsafe partial class NativeStatementCalls
{
    /// <summary>SQLITE_TRANSIENT: SQLite copies the text before the call returns, so the buffer may be reused at once.</summary>
    public static readonly nint Transient = -1;

    private const string Library = SqliteLibrary.NativeName;

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    public static partial int Int64(nint statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_double")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    public static partial int Double(nint statement, int index, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    public static partial int Null(nint statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    public static partial int Text(nint statement, int index, byte* text, int length, nint destructor);

    /// <summary>sqlite3_step: may read and write the file, so it keeps the GC transition.</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Reset(nint statement);
}

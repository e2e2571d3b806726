using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>
/// SQLite's column getters, called on the raw statement pointer, from <c>e_sqlite3</c>: the library that
/// Microsoft.Data.Sqlite's bundle ships and has already loaded. The driver's own bindings take the statement as a
/// SafeHandle, which adds a reference count round trip and a full transition to every call; a traversal reads
/// several columns of tens of thousands of rows, and those calls were most of the cost of turning a row into an edge.
/// The getters only read the current row, and the only lock they take is the connection's, which no other thread holds
/// while one thread owns the connection (a kept reader serves one call at a time). They therefore neither wait nor call
/// back into the runtime, which is what lets them skip the GC transition.
/// </summary>
internal static partial class NativeColumns
{
    private const string Library = SqliteLibrary.NativeName;

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    public static partial int Type(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    public static partial int Int32(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_double")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    public static partial double Double(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    public static partial nint Blob(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    public static partial int Bytes(nint statement, int column);
}

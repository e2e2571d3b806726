using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>
/// A statement compiled once on the session's connection and run through SQLite's own API: parameters are bound by
/// an index looked up once per name, and running it creates no reader, so a write costs little more than SQLite's
/// own work. ADO.NET's command pays a parameter-name lookup per value and a reader per execution, which is most of
/// the cost of a large import. The statement joins whatever transaction the connection is in.
/// </summary>
internal sealed class NativeStatement : IDisposable
{
    private const int Row = 100;
    private const int Done = 101;

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    // The statement's own pointer, for the calls made per row and per value; _statement keeps it valid until Dispose.
    private readonly nint _pointer;
    private readonly Dictionary<string, int> _parameters = new(StringComparer.Ordinal);
    private readonly List<(string Name, int Index)> _literals = [];

    public NativeStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var code = raw.sqlite3_prepare_v2(_database, sql, out _statement);
        SqliteException.ThrowExceptionForRC(code, _database);
        if (_statement.IsInvalid)
        {
            throw new InvalidOperationException($"The SQL holds no statement: {sql}");
        }

        _pointer = _statement.DangerousGetHandle();
    }

    public NativeStatement Bind(string name, object? value) => value switch
    {
        null or DBNull => BindNull(name),
        string text => Bind(name, text),
        long number => Bind(name, number),
        int number => Bind(name, number),
        bool flag => Bind(name, flag ? 1L : 0L),
        double real => Bind(name, real),
        _ => throw new ArgumentException($"Parameter '{name}' has a type the store does not write: {value.GetType().Name}.", nameof(value)),
    };

    public NativeStatement Bind(string name, string? text) =>
        text is null ? BindNull(name) : Checked(BindText(Index(name), text));

    /// <summary>Binds text already encoded in UTF-8 (SQLite copies it).</summary>
    public unsafe NativeStatement Bind(string name, ReadOnlySpan<byte> utf8)
    {
        fixed (byte* bytes = utf8)
        {
            // A null pointer would bind NULL; an empty text needs a valid one.
            var empty = stackalloc byte[1];
            return Checked(NativeStatementCalls.Text(Handle, Index(name), utf8.IsEmpty ? empty : bytes, utf8.Length, NativeStatementCalls.Transient));
        }
    }

    public NativeStatement Bind(string name, long number) => Checked(NativeStatementCalls.Int64(Handle, Index(name), number));

    public NativeStatement Bind(string name, long? number) => number is { } value ? Bind(name, value) : BindNull(name);

    public NativeStatement Bind(string name, double real) => Checked(NativeStatementCalls.Double(Handle, Index(name), real));

    public NativeStatement BindNull(string name) => Checked(NativeStatementCalls.Null(Handle, Index(name)));

    /// <summary>Runs the statement to its end; returns the number of rows it changed.</summary>
    public int Execute()
    {
        try
        {
            int code;
            while ((code = NativeStatementCalls.Step(Handle)) == Row)
            {
            }

            Check(code);
            return raw.sqlite3_changes(_database);
        }
        finally
        {
            NativeStatementCalls.Reset(Handle);
        }
    }

    /// <summary>Runs the statement and returns the first column of its first row (null when there is none).</summary>
    public object? Scalar()
    {
        try
        {
            var code = NativeStatementCalls.Step(Handle);
            if (code != Row)
            {
                Check(code);
                return null;
            }

            return raw.sqlite3_column_type(_statement, 0) switch
            {
                raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, 0),
                raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, 0),
                raw.SQLITE_TEXT => raw.sqlite3_column_text(_statement, 0).utf8_to_string(),
                raw.SQLITE_NULL => null,
                var type => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Unexpected SQLite column type {type}.")),
            };
        }
        finally
        {
            NativeStatementCalls.Reset(Handle);
        }
    }

    /// <summary>
    /// Runs the statement and hands each row to <paramref name="read"/>. The row reads columns without copying them;
    /// text read from it is valid only during that call.
    /// </summary>
    public void ForEachRow(Action<NativeRow> read)
    {
        try
        {
            var row = new NativeRow(Handle);
            int code;
            while ((code = NativeStatementCalls.Step(Handle)) == Row)
            {
                read(row);
            }

            Check(code);
        }
        finally
        {
            NativeStatementCalls.Reset(Handle);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>The statement's pointer, refused once the statement is disposed (SQLite has freed it then).</summary>
    private nint Handle => _statement.IsClosed ? throw new ObjectDisposedException(nameof(NativeStatement)) : _pointer;

    /// <summary>Encodes the text on the stack (or in a rented buffer) instead of in a new array per value; SQLite copies it.</summary>
    private unsafe int BindText(int index, string text)
    {
        const int StackLimit = 1024;
        var maximum = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (maximum <= StackLimit)
        {
            var buffer = stackalloc byte[StackLimit];
            return NativeStatementCalls.Text(Handle, index, buffer, Encoding.UTF8.GetBytes(text, new Span<byte>(buffer, StackLimit)), NativeStatementCalls.Transient);
        }

        var rented = ArrayPool<byte>.Shared.Rent(maximum);
        try
        {
            fixed (byte* bytes = rented)
            {
                return NativeStatementCalls.Text(Handle, index, bytes, Encoding.UTF8.GetBytes(text, rented), NativeStatementCalls.Transient);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private int Index(string name)
    {
        // Names are mostly string literals, found by reference without hashing: a large import binds twenty per row.
        foreach (var (known, position) in _literals)
        {
            if (ReferenceEquals(known, name))
            {
                return position;
            }
        }

        if (!_parameters.TryGetValue(name, out var index))
        {
            index = raw.sqlite3_bind_parameter_index(_statement, name);
            if (index == 0)
            {
                throw new ArgumentException($"The statement has no parameter '{name}'.", nameof(name));
            }

            _parameters.Add(name, index);
            _literals.Add((name, index));
        }

        return index;
    }

    private NativeStatement Checked(int code)
    {
        SqliteException.ThrowExceptionForRC(code, _database);
        return this;
    }

    private void Check(int code)
    {
        if (code != Done)
        {
            SqliteException.ThrowExceptionForRC(code, _database);
        }
    }
}

using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>An open connection that the database keeps between reads, with the statements compiled on it.</summary>
internal sealed class KeptConnection(SqliteConnection connection) : IDisposable
{
    public SqliteConnection Connection => connection;

    public StatementCache Statements { get; } = new(connection);

    public void Dispose()
    {
        // The statements first: a connection closes cleanly only once none is left compiled on it.
        Statements.Dispose();
        connection.Dispose();
    }
}

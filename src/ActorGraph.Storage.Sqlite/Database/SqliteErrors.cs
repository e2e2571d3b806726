using ActorGraph.Domain.Errors;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Database;

/// <summary>Turns SQLite failures the caller can act on into the domain's errors.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int Constraint = 19;
    private const int NotADatabase = 26;
    private const int ForeignKeyConstraint = 787;

    public static Exception Translate(SqliteException exception) => exception.SqliteErrorCode switch
    {
        Constraint when exception.SqliteExtendedErrorCode == ForeignKeyConstraint =>
            new NotFoundException($"A record refers to another that does not exist ({exception.Message})."),
        Constraint => new ConflictException($"The change breaks a uniqueness rule of the store ({exception.Message}).", exception),
        Busy or Locked => new StoreUnavailableException("The SQLite database stayed locked by another writer for longer than the busy timeout.", exception),
        ReadOnly or IoError or Corrupt or Full or CannotOpen or NotADatabase =>
            new StoreUnavailableException($"The SQLite database cannot be used: {exception.Message}", exception),
        _ => exception,
    };
}

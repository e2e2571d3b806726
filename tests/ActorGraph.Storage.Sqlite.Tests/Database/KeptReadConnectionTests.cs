using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Sqlite.Tests.Database;

/// <summary>Reads run on connections the database keeps open with their compiled statements.</summary>
public sealed class KeptReadConnectionTests : IDisposable
{
    private const string Numbers = "SELECT value FROM json_each(@list) ORDER BY value;";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_kept_connection_sees_what_was_committed_after_its_previous_read()
    {
        var database = Create();
        database.Read(session => session.Scalar<long>("SELECT COUNT(*) FROM notes;")).Should().Be(0);

        database.Write(session => session.Execute("INSERT INTO notes (text) VALUES ('later');"));

        database.Read(session => session.Scalar<long>("SELECT COUNT(*) FROM notes;")).Should().Be(1);
    }

    [Fact]
    public void A_failed_read_is_rolled_back_and_the_next_read_begins_its_own_transaction()
    {
        var database = Create();

        var failing = () => database.Read<int>(session =>
        {
            session.Scalar<long>("SELECT COUNT(*) FROM notes;");
            throw new InvalidOperationException("the caller's own failure");
        });

        failing.Should().Throw<InvalidOperationException>();
        database.Read(session => session.Scalar<long>("SELECT COUNT(*) FROM notes;")).Should().Be(0);
        database.Write(session => session.Execute("INSERT INTO notes (text) VALUES ('after');")).Should().Be(1);
    }

    [Fact]
    public void The_same_statement_nested_in_itself_gets_a_separate_command()
    {
        var database = Create();

        var pairs = database.Read(session =>
        {
            var found = new List<string>();
            using var outer = session.Command(Numbers).Bind("@list", "[1,2]");
            using var rows = outer.ExecuteReader();
            while (rows.Read())
            {
                using var inner = session.Command(Numbers).Bind("@list", "[7]");
                found.Add($"{rows.GetInt64(0)}:{inner.ExecuteScalar()}");
            }

            return found;
        });

        pairs.Should().Equal("1:7", "2:7");
    }

    [Fact]
    public void A_disposed_command_stays_compiled_and_is_rebound_on_the_next_read()
    {
        var database = Create();

        for (var i = 1; i <= 3; i++)
        {
            var list = $"[{i}]";
            database.Read(session =>
            {
                using var command = session.Command(Numbers).Bind("@list", list);
                return command.ExecuteScalar();
            }).Should().Be((long)i);
        }
    }

    private SqliteDatabase Create()
    {
        var database = ScratchDatabase.Create(_directory, "kept");
        database.Write(session => session.Execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"));
        return database;
    }
}

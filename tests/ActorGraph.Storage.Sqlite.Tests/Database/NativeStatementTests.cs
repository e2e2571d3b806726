using System.Text;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Sqlite.Tests.Database;

/// <summary>Values bound through SQLite's own setters on the raw statement pointer, and a disposed statement refused.</summary>
public sealed class NativeStatementTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Every_kind_of_value_is_stored_as_bound()
    {
        var longText = string.Concat(Enumerable.Repeat("Al-Thani ‘met’ Burns ", 200));
        var stored = ScratchDatabase.Create(_directory, "bind").Read(session =>
            (string?)session.Native(
                    "SELECT json_array(typeof(@text), @text, typeof(@long), @long, @utf8, typeof(@empty), @empty, typeof(@real), @real, typeof(@none), typeof(@absent), @big);")
                .Bind("@text", "Doha – Caïro")
                .Bind("@long", 9_000_000_001L)
                .Bind("@utf8", Encoding.UTF8.GetBytes("2024-03-18"))
                .Bind("@empty", ReadOnlySpan<byte>.Empty)
                .Bind("@real", 0.75)
                .Bind("@none", (string?)null)
                .Bind("@absent", (long?)null)
                .Bind("@big", longText)
                .Scalar());

        stored.Should().Be(System.Text.Json.JsonSerializer.Serialize(
            new object[] { "text", "Doha – Caïro", "integer", 9_000_000_001L, "2024-03-18", "text", "", "real", 0.75, "null", "null", longText },
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void A_parameter_name_built_at_run_time_finds_the_same_parameter_as_the_literal()
    {
        var name = string.Concat("@", "id");
        var stored = ScratchDatabase.Create(_directory, "names").Read(session =>
        {
            var statement = session.Native("SELECT @id;");
            statement.Bind("@id", "literal").Scalar();
            return (string?)statement.Bind(name, "built").Scalar();
        });

        stored.Should().Be("built");
    }

    [Fact]
    public void A_disposed_statement_is_refused_rather_than_run()
    {
        var use = () => ScratchDatabase.Create(_directory, "disposed").Read(session =>
        {
            var statement = session.Native("SELECT @id;");
            statement.Dispose();
            return statement.Bind("@id", "qatar").Scalar();
        });

        use.Should().Throw<ObjectDisposedException>();
    }
}

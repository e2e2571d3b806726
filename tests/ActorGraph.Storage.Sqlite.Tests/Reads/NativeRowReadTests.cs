using ActorGraph.Storage.Sqlite.Reads;
using ActorGraph.Storage.Sqlite.Tests.Database;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Sqlite.Tests.Reads;

/// <summary>Rows read in place through SQLite's own API: the lists the neighbour count groups, and the statement's reuse.</summary>
public sealed class NativeRowReadTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_group_concat_list_of_ids_and_of_row_ids_is_read_in_order()
    {
        var keys = new Utf8Keys();
        var ends = new List<int>();
        var rowIds = new List<long>();

        ScratchDatabase.Create(_directory, "rows").Read(session =>
        {
            session.Native("SELECT group_concat(id), group_concat(n) FROM (SELECT 'qatar' AS id, 7 AS n UNION ALL SELECT 'hamas', 12 UNION ALL SELECT 'qatar', 9000000001);")
                .ForEachRow(row =>
                {
                    GroupConcatLists.AddKeys(row.Utf8(0), keys, ends);
                    GroupConcatLists.AddRowIds(row.Utf8(1), rowIds);
                });
            return 0;
        });

        ends.Select(keys.Id).Should().Equal("qatar", "hamas", "qatar");
        rowIds.Should().Equal(7, 12, 9_000_000_001);
    }

    [Fact]
    public void Columns_read_in_place_keep_nulls_empty_text_numbers_and_non_ascii_text_apart()
    {
        var read = ScratchDatabase.Create(_directory, "rows").Read(session =>
        {
            var values = new List<(bool Null, string Text, int Number, double Real)>();
            session.Native("SELECT NULL, 0, 0.0 UNION ALL SELECT '', 7, 0.1 UNION ALL SELECT 'Doha talks · “al-Thani”', -3, 1e-300;")
                .ForEachRow(row => values.Add((row.IsNull(0), row.Text(0), row.Int32(1), row.Double(2))));
            return values;
        });

        read.Should().Equal((true, "", 0, 0.0), (false, "", 7, 0.1), (false, "Doha talks · “al-Thani”", -3, 1e-300));
    }

    [Fact]
    public void A_reader_that_throws_leaves_the_statement_reset_for_its_next_use()
    {
        var database = ScratchDatabase.Create(_directory, "rows");
        const string sql = "SELECT value FROM json_each(@list);";
        var failing = () => database.Read<int>(session =>
        {
            session.Native(sql).Bind("@list", "[1,2,3]").ForEachRow(_ => throw new InvalidOperationException("the reader's own failure"));
            return 0;
        });

        failing.Should().Throw<InvalidOperationException>();
        database.Read(session =>
        {
            var values = new List<string>();
            session.Native(sql).Bind("@list", "[4,5]").ForEachRow(row => values.Add(row.Text(0)));
            return values;
        }).Should().Equal("4", "5");
    }
}

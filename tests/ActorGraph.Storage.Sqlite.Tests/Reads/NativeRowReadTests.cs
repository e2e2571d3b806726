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
    public void A_group_concat_list_of_ids_and_its_list_of_row_ids_are_read_pair_by_pair()
    {
        using var keys = new Utf8Keys();
        var pairs = new List<(string Id, long RowId)>();

        ScratchDatabase.Create(_directory, "rows").Read(session =>
        {
            session.Native("SELECT group_concat(id), group_concat(n) FROM (SELECT 'qatar' AS id, 7 AS n UNION ALL SELECT 'hamas', 12 UNION ALL SELECT 'qatar', 9000000001);")
                .ForEachRow(row =>
                {
                    foreach (var pair in GroupConcatLists.Pairs(row.Utf8(0), row.Utf8(1)))
                    {
                        pairs.Add((keys.Id(keys.Key(pair.Id)), pair.RowId));
                    }
                });
            return 0;
        });

        pairs.Should().Equal(("qatar", 7), ("hamas", 12), ("qatar", 9_000_000_001));
        keys.Count.Should().Be(2);
    }

    [Fact]
    public void Lists_of_different_lengths_are_refused_rather_than_paired_wrongly()
    {
        var pairs = () =>
        {
            var count = 0;
            foreach (var _ in GroupConcatLists.Pairs("qatar,hamas"u8, "7"u8))
            {
                count++;
            }

            return count;
        };

        pairs.Should().Throw<FormatException>();
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

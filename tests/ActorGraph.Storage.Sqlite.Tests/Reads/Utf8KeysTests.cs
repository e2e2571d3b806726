using System.Text;
using ActorGraph.Storage.Sqlite.Reads;

namespace ActorGraph.Storage.Sqlite.Tests.Reads;

public sealed class Utf8KeysTests
{
    [Fact]
    public void Each_distinct_id_gets_the_next_key_whether_given_as_bytes_or_as_a_string()
    {
        using var keys = new Utf8Keys();

        var qatar = keys.Key("qatar"u8);
        var hamas = keys.Key("hamas");

        keys.Key("qatar").Should().Be(qatar);
        keys.Key(Encoding.UTF8.GetBytes("hamas")).Should().Be(hamas);
        (qatar, hamas, keys.Count).Should().Be((0, 1, 2));
        (keys.Id(qatar), keys.Id(hamas)).Should().Be(("qatar", "hamas"));
        keys.Id(qatar).Should().BeSameAs(keys.Id(qatar), "a key's string is made once");
    }

    [Fact]
    public void Keys_survive_the_table_and_the_arena_growing_many_times()
    {
        using var keys = new Utf8Keys();
        var ids = Enumerable.Range(0, 50_000).Select(i => $"actor-{i:D7}-{new string('x', i % 97)}").ToList();

        var given = ids.ConvertAll(keys.Key);

        given.Should().Equal(Enumerable.Range(0, ids.Count));
        ids.Select(id => keys.Key(Encoding.UTF8.GetBytes(id))).Should().Equal(given, "every id finds its key again after the growth");
        ids.Select((id, key) => keys.Id(key) == id).Should().AllBeEquivalentTo(true);
        keys.Count.Should().Be(ids.Count);
    }

    [Fact]
    public void Keys_compare_as_their_ids_do_ordinally()
    {
        using var keys = new Utf8Keys();
        string[] ids = ["us", "qatar", "egypt", "qatar-foreign-ministry", "q", "un-security-council"];
        foreach (var id in ids)
        {
            keys.Key(id);
        }

        var byKeys = Enumerable.Range(0, ids.Length).Order(Comparer<int>.Create(keys.CompareIds)).Select(keys.Id);

        byKeys.Should().Equal(ids.Order(StringComparer.Ordinal));
    }
}

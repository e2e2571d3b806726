using ActorGraph.Domain.Ports;

namespace ActorGraph.Domain.Tests.Ports;

/// <summary>The keyed counting that <see cref="NeighbourCounts.Tally"/> and the SQLite store share.</summary>
public sealed class NeighbourTallyTests
{
    [Fact]
    public void Parallel_edges_count_once_each_and_kept_positions_name_the_counted_edges_in_order()
    {
        var (keys, edges) = Keyed(["f"], [], ("f", "a"), ("a", "b"), ("a", "f"), ("f", "f"), ("f", "c"));

        var tally = NeighbourTally.Count(edges.ToArray(), keys, 1, 1, 1);

        tally.Known.Should().BeEquivalentTo(new Dictionary<string, int> { ["f"] = 3 });
        tally.Best.Select(p => (p.Key, p.Value)).Should().Equal(("a", 2));
        tally.Others.Should().Be(2, "c is counted although the limit leaves it out");
        tally.Kept.Should().Equal([0, 2], "the edge to b touches no frontier actor, the self-relationship is skipped and c is not kept");
    }

    [Fact]
    public void A_limit_of_zero_keeps_only_the_edges_among_known_actors()
    {
        var (keys, edges) = Keyed(["f"], ["seen", "never-met"], ("f", "x"), ("f", "seen"));

        var tally = NeighbourTally.Count(edges.ToArray(), keys, 1, 3, 0);

        tally.Best.Should().BeEmpty();
        tally.Others.Should().Be(1);
        tally.Known.Should().BeEquivalentTo(new Dictionary<string, int> { ["f"] = 2, ["seen"] = 1 }, "an excluded actor without a counted edge is not listed");
        tally.Kept.Should().Equal(1);
    }

    [Fact]
    public void Ties_in_count_go_to_the_smaller_id_whatever_the_order_the_keys_were_given_in()
    {
        var (keys, edges) = Keyed(["f"], [], ("f", "zulu"), ("f", "bravo"), ("f", "alpha"), ("f", "bravo"));

        var tally = NeighbourTally.Count(edges.ToArray(), keys, 1, 1, 2);

        tally.Best.Select(p => (p.Key, p.Value)).Should().Equal(("bravo", 2), ("alpha", 1));
        tally.Others.Should().Be(3);
    }

    [Fact]
    public void Key_ranges_that_do_not_fit_the_keys_are_refused()
    {
        var (keys, edges) = Keyed(["f"], [], ("f", "a"));

        var act = () => NeighbourTally.Count(edges.ToArray(), keys, 2, 1, 1);
        var beyond = () => NeighbourTally.Count(edges.ToArray(), keys, 1, 3, 1);

        act.Should().Throw<ArgumentOutOfRangeException>();
        beyond.Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>Keys the frontier first, the excluded actors next, then the edges' ends.</summary>
    private static (IdKeys Keys, List<EndKeys> Edges) Keyed(string[] frontier, string[] excluded, params (string Source, string Target)[] edges)
    {
        var keys = new IdKeys();
        foreach (var id in frontier.Concat(excluded))
        {
            keys.Key(id);
        }

        return (keys, [.. edges.Select(e => new EndKeys(keys.Key(e.Source), keys.Key(e.Target)))]);
    }
}

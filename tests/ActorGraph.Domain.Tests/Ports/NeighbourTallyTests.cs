using ActorGraph.Domain.Ports;

namespace ActorGraph.Domain.Tests.Ports;

/// <summary>The keyed counting that <see cref="NeighbourCounts.Tally"/> and the SQLite store share.</summary>
public sealed class NeighbourTallyTests
{
    private static readonly IReadOnlySet<string> Frontier = new HashSet<string> { "f" };

    [Fact]
    public void Parallel_edges_count_once_each_and_kept_positions_name_the_counted_edges_in_order()
    {
        var (keys, edges) = Keyed(("f", "a"), ("a", "b"), ("a", "f"), ("f", "f"), ("f", "c"));

        var tally = NeighbourTally.Count(edges, keys, Frontier, new HashSet<string>(), 1);

        tally.Known.Should().BeEquivalentTo(new Dictionary<string, int> { ["f"] = 3 });
        tally.Best.Select(p => (p.Key, p.Value)).Should().Equal(("a", 2));
        tally.Others.Should().Be(2, "c is counted although the limit leaves it out");
        tally.Kept.Should().Equal([0, 2], "the edge to b touches no frontier actor, the self-relationship is skipped and c is not kept");
    }

    [Fact]
    public void A_limit_of_zero_keeps_only_the_edges_among_known_actors()
    {
        var (keys, edges) = Keyed(("f", "x"), ("f", "seen"));

        var tally = NeighbourTally.Count(edges, keys, Frontier, new HashSet<string> { "seen" }, 0);

        tally.Best.Should().BeEmpty();
        tally.Others.Should().Be(1);
        tally.Known.Should().BeEquivalentTo(new Dictionary<string, int> { ["f"] = 2, ["seen"] = 1 });
        tally.Kept.Should().Equal(1);
    }

    private static (IdKeys Keys, List<EndKeys> Edges) Keyed(params (string Source, string Target)[] edges)
    {
        var keys = new IdKeys();
        return (keys, [.. edges.Select(e => new EndKeys(keys.Key(e.Source), keys.Key(e.Target)))]);
    }
}

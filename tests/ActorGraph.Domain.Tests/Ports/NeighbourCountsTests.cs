using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Domain.Tests.Ports;

/// <summary>The reference counting every <see cref="IGraphReader.CountNeighboursAsync"/> default rests on.</summary>
public sealed class NeighbourCountsTests
{
    private static readonly IReadOnlySet<string> Frontier = new HashSet<string> { "f1", "f2" };

    [Fact]
    public void Each_edge_counts_once_at_both_ends_and_self_relationships_and_strangers_do_not_count()
    {
        var counts = NeighbourCounts.Tally(
            [Edge("e1", "f1", "a"), Edge("e2", "a", "f2"), Edge("e3", "f1", "f2"), Edge("e4", "f1", "f1"), Edge("e5", "a", "b"), Edge("e6", "f2", "c")],
            Frontier,
            new HashSet<string>(),
            10);

        counts.Known.Should().BeEquivalentTo(new Dictionary<string, int> { ["f1"] = 2, ["f2"] = 3 });
        counts.Best.Select(p => (p.Key, p.Value)).Should().Equal(("a", 2), ("c", 1));
        counts.Others.Should().Be(2);
        counts.Edges.Select(e => e.RelationshipId).Should().Equal("e1", "e2", "e3", "e6");
    }

    [Fact]
    public void The_limit_keeps_the_best_ends_ties_by_id_and_their_edges_only()
    {
        var counts = NeighbourCounts.Tally(
            [Edge("e1", "f1", "zed"), Edge("e2", "f1", "bee"), Edge("e3", "f2", "bee"), Edge("e4", "f2", "ant"), Edge("e5", "f1", "gone")],
            Frontier,
            new HashSet<string> { "gone" },
            2);

        counts.Best.Select(p => (p.Key, p.Value)).Should().Equal(("bee", 2), ("ant", 1));
        counts.Others.Should().Be(3, "zed is left out by the limit but still counted; gone is excluded");
        counts.Known.Should().BeEquivalentTo(new Dictionary<string, int> { ["f1"] = 3, ["f2"] = 2, ["gone"] = 1 }, "excluded actors are counted too");
        counts.Edges.Select(e => e.RelationshipId).Should().Equal("e2", "e3", "e4", "e5");
    }

    [Fact]
    public void Rank_order_is_the_highest_count_first_then_the_id()
    {
        var ranked = new List<KeyValuePair<string, int>> { new("b", 1), new("c", 3), new("a", 1) };

        ranked.Sort(NeighbourCounts.CompareRank);

        ranked.Select(p => p.Key).Should().Equal("c", "a", "b");
    }

    private static Edge Edge(string id, string source, string target) =>
        new(id, "MEETS", source, target, null, new DateOnly(2024, 3, 1), Modality.Reported, 1, 1);
}

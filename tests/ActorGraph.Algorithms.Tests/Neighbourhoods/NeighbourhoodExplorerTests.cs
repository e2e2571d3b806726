using ActorGraph.Algorithms.Neighbourhoods;
using ActorGraph.Algorithms.Tests.Support;
using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Algorithms.Tests.Neighbourhoods;

public sealed class NeighbourhoodExplorerTests
{
    // hub - a, b, c; a - a1, a2; b - b1; c - c1; a - b; far - c1 (3 hops from hub)
    private static GraphBuilder Star() => new GraphBuilder()
        .Relate("hub", "MEETS", "a").Relate("hub", "MEETS", "b").Relate("hub", "MEDIATES", "c", evidence: 3)
        .Relate("a", "MEETS", "a1").Relate("a", "MEETS", "a2").Relate("b", "MEETS", "b1").Relate("c", "MEETS", "c1")
        .Relate("a", "MEETS", "b").Relate("c1", "MEETS", "far");

    private static Task<NeighbourhoodResult> Explore(IGraphReader reader, int depth, int nodeCap = 200, EdgeFilter? filter = null, params string[] seeds) =>
        new NeighbourhoodExplorer(reader).ExploreAsync(new NeighbourhoodQuery { SeedIds = seeds, Depth = depth, NodeCap = nodeCap, Filter = filter ?? EdgeFilter.All });

    [Fact]
    public async Task Returns_the_actors_within_depth_with_their_distances_and_the_edges_followed()
    {
        var result = await Explore(Star().Build(), 2, seeds: "hub");

        result.Nodes.Select(n => (n.Id, n.Distance)).Should().Equal(
            ("hub", 0), ("a", 1), ("b", 1), ("c", 1), ("a1", 2), ("a2", 2), ("b1", 2), ("c1", 2));
        result.Edges.Select(e => e.Id).Should().Equal("r01", "r02", "r03", "r04", "r05", "r06", "r07", "r08");
        result.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task Gives_drawable_nodes_and_edges()
    {
        var result = await Explore(Star().Build(), 1, seeds: "hub");

        var hub = result.Nodes[0];
        hub.Should().BeEquivalentTo(new { Id = "hub", Label = "Name of hub", IsSeed = true, Degree = 3 });
        var mediation = result.Edges.Single(e => e.Type == "MEDIATES");
        mediation.Should().BeEquivalentTo(new { Id = "r03", SourceId = "hub", TargetId = "c", Weight = 3, Label = "mediates for", Symmetric = false });
        result.Edges.Single(e => e.Id == "r01").Symmetric.Should().BeTrue();
    }

    [Fact]
    public async Task Keeps_the_nearest_then_best_connected_actors_under_the_node_cap()
    {
        var graph = Star().Relate("b1", "MEETS", "c");

        var result = await Explore(graph.Build(), 2, nodeCap: 6, seeds: "hub");

        result.Nodes.Select(n => (n.Id, n.Degree)).Should().Equal(("hub", 3), ("a", 4), ("b", 3), ("c", 3), ("b1", 2), ("a1", 1));
        result.Edges.Select(e => e.Id).Should().Equal("r01", "r02", "r03", "r04", "r06", "r08", "r10");
        result.Work.Truncation!.Reason.Should().Be(TruncationReason.NodeCap);
    }

    [Fact]
    public async Task Stops_expanding_once_the_node_cap_is_reached()
    {
        var reader = new CountingReader(Star().Build());

        var result = await Explore(reader, 3, nodeCap: 3, seeds: "hub");

        result.Nodes.Select(n => n.Id).Should().Equal("hub", "a", "b");
        reader.EdgeCalls.Should().Be(1);
        result.Work.Truncation!.Reason.Should().Be(TruncationReason.NodeCap);
    }

    [Fact]
    public async Task Grows_from_several_seeds_at_once()
    {
        var result = await Explore(Star().Build(), 1, seeds: ["a1", "far"]);

        result.Nodes.Select(n => (n.Id, n.Distance)).Should().Equal(("a1", 0), ("far", 0), ("a", 1), ("c1", 1));
    }

    [Fact]
    public async Task Follows_only_the_filtered_types_and_direction()
    {
        var result = await Explore(Star().Build(), 2, filter: new EdgeFilter { Types = new HashSet<string> { "MEDIATES" }, Direction = Direction.In }, seeds: "c");

        result.Nodes.Select(n => n.Id).Should().Equal("c", "hub");
    }

    [Fact]
    public async Task Reads_one_store_call_per_level_not_per_actor()
    {
        var reader = new CountingReader(Star().Build());

        var result = await Explore(reader, 3, seeds: "hub");

        result.Nodes.Should().HaveCount(9);
        reader.EdgeCallSizes.Should().Equal([1, 3], "the first levels are read");
        reader.CountCallSizes.Should().Equal([4], "the last level is counted in one call, which also brings the edges among the kept actors");
        reader.JoinCalls.Should().Be(0);
        reader.ActorCalls.Should().Be(2, "one call resolves the seeds, one labels the kept actors");
        result.Work.StoreCalls.Should().Be(3);
    }

    [Fact]
    public async Task Reads_every_level_of_a_directed_search_that_may_follow_symmetric_types()
    {
        var reader = new CountingReader(Star().Build());

        await Explore(reader, 3, filter: new EdgeFilter { Direction = Direction.Out }, seeds: "hub");

        reader.CountCallSizes.Should().BeEmpty("symmetric types may be followed against their direction, so the store is asked for both ways");
        reader.EdgeCalls.Should().Be(3);
    }

    [Fact]
    public async Task Counts_the_last_level_of_a_directed_search_without_symmetric_types()
    {
        var reader = new CountingReader(Star().Build());

        await Explore(reader, 2, filter: new EdgeFilter { Direction = Direction.Out, Types = new HashSet<string> { "MEDIATES" } }, seeds: "hub");

        reader.EdgeCallSizes.Should().Equal([1]);
        reader.CountCallSizes.Should().HaveCount(1);
    }

    [Fact]
    public async Task Says_when_the_work_limit_cut_the_exploration()
    {
        var result = await new NeighbourhoodExplorer(Star().Build()).ExploreAsync(new NeighbourhoodQuery { SeedIds = ["hub"], Depth = 2, Limits = new WorkLimits(MaxEdgesScanned: 8) });

        result.Nodes.Select(n => n.Id).Should().Equal("hub", "a", "b", "c");
        result.Work.Truncation!.Reason.Should().Be(TruncationReason.EdgeLimit);
    }

    [Fact]
    public async Task Rejects_bad_queries()
    {
        var graph = Star().Build();

        await FluentActions.Awaiting(() => Explore(graph, 5, seeds: "hub")).Should().ThrowAsync<ValidationException>().WithMessage("depth*");
        await FluentActions.Awaiting(() => Explore(graph, 1, nodeCap: 1, seeds: ["a", "b"])).Should().ThrowAsync<ValidationException>().WithMessage("nodeCap*");
        await FluentActions.Awaiting(() => Explore(graph, 1)).Should().ThrowAsync<ValidationException>().WithMessage("seedIds*");
        await FluentActions.Awaiting(() => Explore(graph, 1, seeds: "ghost")).Should().ThrowAsync<NotFoundException>();
    }
}

using ActorGraph.Algorithms.Paths;
using ActorGraph.Algorithms.Tests.Support;
using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Algorithms.Tests.Paths;

public sealed class PathFinderTests
{
    private static Task<PathResult> Find(GraphBuilder graph, string from, string to, int limit = 1, EdgeFilter? filter = null, bool timeRespecting = false, int maxLength = 6, WorkLimits? limits = null) =>
        new PathFinder(graph.Build()).FindAsync(new PathQuery
        {
            FromId = from,
            ToId = to,
            Limit = limit,
            Filter = filter ?? EdgeFilter.All,
            TimeRespecting = timeRespecting,
            MaxLength = maxLength,
            Limits = limits ?? WorkLimits.Default,
        });

    private static IEnumerable<string> Routes(PathResult result) => result.Paths.Select(p => string.Join(">", p.ActorIds));

    [Fact]
    public async Task Finds_the_shortest_path_around_a_cycle()
    {
        var graph = new GraphBuilder()
            .Relate("a", "MEDIATES", "b").Relate("b", "MEDIATES", "c").Relate("c", "MEDIATES", "d")
            .Relate("d", "MEDIATES", "e").Relate("e", "MEDIATES", "a");

        var result = await Find(graph, "a", "d", limit: 2);

        Routes(result).Should().Equal("a>e>d", "a>b>c>d");
        result.Paths[0].Hops.Select(h => h.AlongStoredDirection).Should().Equal(false, false);
        result.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task Returns_no_path_between_unconnected_actors()
    {
        var graph = new GraphBuilder().Relate("a", "MEETS", "b").Relate("c", "MEETS", "d");

        var result = await Find(graph, "a", "d", limit: 3);

        result.Paths.Should().BeEmpty();
        result.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task Follows_symmetric_types_both_ways_even_under_a_direction()
    {
        var graph = new GraphBuilder().Relate("b", "MEETS", "a").Relate("b", "MEDIATES", "c").Relate("d", "MEDIATES", "c");

        var outward = await Find(graph, "a", "c", filter: new EdgeFilter { Direction = Direction.Out });
        var blocked = await Find(graph, "a", "d", filter: new EdgeFilter { Direction = Direction.Out });
        var inward = await Find(graph, "c", "a", filter: new EdgeFilter { Direction = Direction.In });

        Routes(outward).Should().Equal("a>b>c");
        blocked.Paths.Should().BeEmpty("MEDIATES is not symmetric: c cannot be left towards d along Out");
        Routes(inward).Should().Equal("c>b>a");
    }

    [Fact]
    public async Task Keeps_only_the_types_asked_for()
    {
        var graph = new GraphBuilder().Relate("a", "ATTACKS", "b").Relate("a", "MEETS", "c").Relate("c", "MEETS", "b");

        var result = await Find(graph, "a", "b", filter: new EdgeFilter { Types = new HashSet<string> { "MEETS" } });

        Routes(result).Should().Equal("a>c>b");
    }

    [Fact]
    public async Task Keeps_only_relationships_overlapping_the_window()
    {
        var graph = new GraphBuilder()
            .Relate("a", "MEETS", "b", "2023-11")
            .Relate("a", "MEETS", "c", "2024-03-10").Relate("c", "MEETS", "b", date: null, reportedOn: "2024-03-15");
        var march = new EdgeFilter { Window = new DateWindow(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)) };

        var result = await Find(graph, "a", "b", filter: march);

        Routes(result).Should().Equal("a>c>b");
    }

    [Fact]
    public async Task Breaks_ties_by_earliest_date_then_relationship_id()
    {
        var graph = new GraphBuilder()
            .Relate("a", "MEETS", "x", "2024-01-05", id: "r1").Relate("x", "MEETS", "z", "2024-01-01", id: "r2")
            .Relate("a", "MEETS", "y", "2024-01-03", id: "r3").Relate("y", "MEETS", "z", "2024-01-09", id: "r4")
            .Relate("a", "MEETS", "w", "2024-01-03", id: "r0").Relate("w", "MEETS", "z", "2024-01-09", id: "r5");

        var result = await Find(graph, "a", "z", limit: 3);

        result.Paths.Select(p => string.Join(",", p.RelationshipIds)).Should().Equal("r0,r5", "r3,r4", "r1,r2");
    }

    [Fact]
    public async Task Counts_parallel_relationships_as_different_paths()
    {
        var graph = new GraphBuilder().Relate("a", "MEETS", "b", "2024-01-02", id: "late").Relate("a", "MEETS", "b", "2024-01-01", id: "early");

        var result = await Find(graph, "a", "b", limit: 5);

        result.Paths.Select(p => p.RelationshipIds.Single()).Should().Equal("early", "late");
    }

    [Fact]
    public async Task Time_respecting_mode_takes_a_longer_path_when_the_shortest_goes_back_in_time()
    {
        var graph = new GraphBuilder()
            .Relate("a", "MEETS", "b", "2024-03-01").Relate("b", "MEETS", "t", "2024-02-01")
            .Relate("a", "MEETS", "c", "2024-01-01").Relate("c", "MEETS", "d", "2024-01-02").Relate("d", "MEETS", "t", "2024-01-03");

        var any = await Find(graph, "a", "t");
        var ordered = await Find(graph, "a", "t", timeRespecting: true);

        Routes(any).Should().Equal("a>b>t");
        Routes(ordered).Should().Equal("a>c>d>t");
    }

    [Fact]
    public async Task Time_respecting_search_reaches_an_actor_again_when_a_longer_route_arrives_earlier()
    {
        // A plain breadth-first search settles x at one hop (5 January) and can then never leave it on 3 January.
        var graph = new GraphBuilder()
            .Relate("s", "MEETS", "x", "2024-01-05").Relate("s", "MEETS", "y", "2024-01-01")
            .Relate("y", "MEETS", "x", "2024-01-02").Relate("x", "MEETS", "t", "2024-01-03");

        var result = await Find(graph, "s", "t", timeRespecting: true);

        Routes(result).Should().Equal("s>y>x>t");
    }

    [Fact]
    public async Task Respects_the_maximum_length()
    {
        var graph = new GraphBuilder().Relate("a", "MEETS", "b").Relate("b", "MEETS", "c").Relate("c", "MEETS", "d");

        (await Find(graph, "a", "d", maxLength: 2)).Paths.Should().BeEmpty();
        Routes(await Find(graph, "a", "d", maxLength: 3)).Should().Equal("a>b>c>d");
    }

    [Fact]
    public async Task Carries_the_relationships_with_their_evidence_and_the_actors()
    {
        var graph = new GraphBuilder().Relate("a", "MEDIATES", "b", evidence: 2).Relate("b", "MEETS", "c");
        var reader = new CountingReader(graph.Build());

        var result = await new PathFinder(reader).FindAsync(new PathQuery { FromId = "a", ToId = "c" });

        result.Relationships.Keys.Should().BeEquivalentTo("r01", "r02");
        result.Relationships["r01"].Evidence.Should().HaveCount(2);
        result.Actors.Keys.Should().BeEquivalentTo("a", "b", "c");
        result.Actors["b"].Name.Should().Be("Name of b");
        reader.RelationshipCalls.Should().Be(1);
    }

    [Fact]
    public async Task Reads_one_whole_level_per_store_call()
    {
        // A chain a-b-c-d-e with ten side branches off each of a, b, c and d.
        var graph = new GraphBuilder();
        string[] chain = ["a", "b", "c", "d", "e"];
        for (var i = 0; i < chain.Length - 1; i++)
        {
            graph.Relate(chain[i], "MEETS", chain[i + 1]);
            for (var j = 0; j < 10; j++)
            {
                graph.Relate(chain[i], "MEETS", $"{chain[i]}{j}");
            }
        }

        var reader = new CountingReader(graph.Build());

        var result = await new PathFinder(reader).FindAsync(new PathQuery { FromId = "a", ToId = "e" });

        result.Paths.Single().Length.Should().Be(4);
        reader.EdgeCalls.Should().Be(3, "a bidirectional search of a 4-hop path expands 3 levels, a from a's side and e, then d from e's");
        reader.JoinCalls.Should().Be(1, "the fourth hop joins the two frontiers of 11 actors each without expanding either");
        result.Work.StoreCalls.Should().Be(4);
        result.Work.NodesExpanded.Should().Be(3);
    }

    [Fact]
    public async Task Says_when_the_work_limit_cut_the_search()
    {
        var graph = new GraphBuilder().Relate("a", "MEETS", "b").Relate("b", "MEETS", "c").Relate("c", "MEETS", "d").Relate("d", "MEETS", "e");

        var result = await Find(graph, "a", "e", limits: new WorkLimits(MaxNodesExpanded: 2));

        result.Paths.Should().BeEmpty();
        result.Truncated.Should().BeTrue();
        result.Work.Truncation!.Reason.Should().Be(TruncationReason.NodeLimit);
        result.Work.NodesExpanded.Should().BeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task Keeps_the_paths_found_before_the_edge_limit_cut_the_search()
    {
        var graph = new GraphBuilder().Relate("a", "MEETS", "b").Relate("b", "MEETS", "c").Relate("a", "MEETS", "d").Relate("d", "MEETS", "e").Relate("e", "MEETS", "c");

        var result = await Find(graph, "a", "c", limit: 2, limits: new WorkLimits(MaxEdgesScanned: 5));

        Routes(result).Should().Equal("a>b>c");
        result.Work.Truncation!.Reason.Should().Be(TruncationReason.EdgeLimit);
    }

    [Fact]
    public async Task Rejects_bad_queries_with_the_field_at_fault()
    {
        var graph = new GraphBuilder().Relate("a", "MEETS", "b");

        (await FluentActions.Awaiting(() => Find(graph, "a", "a")).Should().ThrowAsync<ValidationException>()).Which.Issues.Single().Path.Should().Be("toId");
        (await FluentActions.Awaiting(() => Find(graph, "a", "b", maxLength: 0)).Should().ThrowAsync<ValidationException>()).Which.Issues.Single().Path.Should().Be("maxLength");
        (await FluentActions.Awaiting(() => Find(graph, "a", "b", limit: 51)).Should().ThrowAsync<ValidationException>()).Which.Issues.Single().Path.Should().Be("limit");
        (await FluentActions.Awaiting(() => Find(graph, "a", "b", filter: new EdgeFilter { Types = new HashSet<string> { "HUGS" } })).Should().ThrowAsync<ValidationException>())
            .Which.Message.Should().Contain("'HUGS' is not a relationship type");
        (await FluentActions.Awaiting(() => Find(graph, "a", "nobody")).Should().ThrowAsync<NotFoundException>()).Which.Message.Should().Contain("'nobody'");
    }
}

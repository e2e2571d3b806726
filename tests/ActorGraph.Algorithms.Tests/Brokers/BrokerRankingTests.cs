using ActorGraph.Algorithms.Brokers;
using ActorGraph.Algorithms.Tests.Support;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Algorithms.Tests.Brokers;

public sealed class BrokerRankingTests
{
    private static Task<BrokerResult> Rank(GraphBuilder graph, params string[] parties) =>
        new BrokerRanking(graph.Build()).RankAsync(new BrokerQuery { PartyIds = parties });

    [Fact]
    public async Task Ranks_the_actors_on_the_shortest_paths_between_the_parties()
    {
        // Two routes of two hops (via q and via e, e's twice over parallel relationships), one of three (via u, v).
        var graph = new GraphBuilder()
            .Relate("q", "MEDIATES", "israel").Relate("q", "MEDIATES", "hamas")
            .Relate("e", "MEDIATES", "israel").Relate("e", "MEDIATES", "hamas").Relate("e", "MEETS", "hamas")
            .Relate("u", "SUPPORTS", "israel").Relate("u", "MEETS", "v").Relate("v", "MEETS", "hamas");

        var result = await Rank(graph, "israel", "hamas");

        result.Brokers.Select(b => (b.Rank, b.ActorId, b.Score)).Should().Equal((1, "e", 2.0 / 3), (2, "q", 1.0 / 3));
        result.Brokers[0].Dependency.Should().BeApproximately(4.0 / 3, 1e-12);
        result.Connections.Select(c => (c.FromId, c.ToId, c.Distance, c.ShortestPaths)).Should().Equal(("hamas", "israel", 2, 3.0), ("israel", "hamas", 2, 3.0));
        result.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task Lets_a_party_broker_between_other_parties()
    {
        var graph = new GraphBuilder().Relate("us", "MEETS", "israel").Relate("israel", "NEGOTIATES_WITH", "hamas");

        var result = await Rank(graph, "us", "israel", "hamas");

        result.Brokers.Single().Should().BeEquivalentTo(new { ActorId = "israel", Score = 2.0 / 6 });
    }

    [Fact]
    public async Task Restricts_the_subgraph_to_the_filter()
    {
        var graph = new GraphBuilder()
            .Relate("q", "MEDIATES", "israel").Relate("q", "MEDIATES", "hamas")
            .Relate("x", "ATTACKS", "israel").Relate("x", "ATTACKS", "hamas");

        var result = await new BrokerRanking(graph.Build()).RankAsync(new BrokerQuery
        {
            PartyIds = ["israel", "hamas"],
            Filter = new EdgeFilter { Types = new HashSet<string> { "MEDIATES" } },
        });

        result.Brokers.Select(b => b.ActorId).Should().Equal("q");
    }

    [Fact]
    public async Task Runs_the_party_searches_in_lock_step_one_store_call_per_level()
    {
        var graph = new GraphBuilder().Relate("a", "MEETS", "m").Relate("m", "MEETS", "n").Relate("n", "MEETS", "b").Relate("c", "MEETS", "m");
        var reader = new CountingReader(graph.Build());

        var result = await new BrokerRanking(reader).RankAsync(new BrokerQuery { PartyIds = ["a", "b", "c"] });

        result.Brokers.Select(b => b.ActorId).Should().Equal("m", "n");
        reader.EdgeCalls.Should().Be(2, "level 0 reads a, b and c together, level 1 reads m and n, level 2 finds everything read");
        reader.EdgeCallSizes.Should().Equal(3, 2);
    }

    [Fact]
    public async Task Rejects_fewer_than_two_parties()
    {
        var graph = new GraphBuilder().Relate("a", "MEETS", "b");

        await FluentActions.Awaiting(() => Rank(graph, "a")).Should().ThrowAsync<ValidationException>().WithMessage("partyIds*");
        await FluentActions.Awaiting(() => Rank(graph, "a", "a")).Should().ThrowAsync<ValidationException>().WithMessage("partyIds*");
        await FluentActions.Awaiting(() => Rank(graph, "a", "zz")).Should().ThrowAsync<NotFoundException>();
    }

    [Theory]
    [MemberData(nameof(RandomGraphs.Seeds), 80, MemberType = typeof(RandomGraphs))]
    public async Task Scores_equal_brute_force_over_all_shortest_paths(int seed)
    {
        var builder = RandomGraphs.Create(seed);
        var random = new Random(seed * 104729);
        var parties = builder.ActorIds.OrderBy(_ => random.Next()).Take(random.Next(2, 4)).ToList();
        var direction = RandomGraphs.Direction(seed);
        var maxLength = random.Next(2, 5);
        var (dependency, pairs) = BruteForce.Brokers(builder.Relationships, parties, direction, _ => true, maxLength);

        var result = await new BrokerRanking(builder.Build()).RankAsync(new BrokerQuery
        {
            PartyIds = parties,
            Filter = new EdgeFilter { Direction = direction },
            MaxLength = maxLength,
            Top = 100,
        });

        result.Connections.Should().HaveCount(pairs);
        result.Brokers.Should().HaveCount(dependency.Count);
        foreach (var broker in result.Brokers)
        {
            broker.Dependency.Should().BeApproximately(dependency[broker.ActorId], 1e-9, $"seed {seed}, broker {broker.ActorId}");
            broker.Score.Should().BeApproximately(dependency[broker.ActorId] / pairs, 1e-9);
        }

        result.Brokers.Select(b => b.Score).Should().BeInDescendingOrder();
    }
}

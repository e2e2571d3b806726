using ActorGraph.Algorithms.Brokers;
using ActorGraph.Algorithms.InMemory;
using ActorGraph.Algorithms.Neighbourhoods;
using ActorGraph.Algorithms.Paths;
using ActorGraph.Algorithms.Timelines;
using ActorGraph.Domain.Import;
using ActorGraph.Domain.Ports;
using ActorGraph.TestSupport;

namespace ActorGraph.Algorithms.Tests.SeedData;

/// <summary>The algorithms on the graph read from the repository's seed data.</summary>
public sealed class SeedDataAlgorithmTests
{
    /// <summary>Channels of contact and mediation: who can pass a message to whom.</summary>
    private static readonly EdgeFilter Channels = new()
    {
        Types = new HashSet<string> { "MEDIATES", "HOSTS", "MEETS", "COMMUNICATES_WITH", "COOPERATES_WITH", "VISITS" },
        Direction = Domain.Relationships.Direction.Any,
    };

    private static readonly Lazy<InMemoryGraph> Graph = new(() => InMemoryGraph.From(SeedDataLoader.LoadDirectory(RepositoryPaths.SeedData)));

    [Fact]
    public async Task The_United_States_reaches_Hamas_through_Qatar()
    {
        var result = await new PathFinder(Graph.Value).FindAsync(new PathQuery { FromId = "united-states", ToId = "hamas", Filter = Channels, Limit = 10 });

        var shortest = result.Paths.Where(p => p.Length == result.Paths[0].Length).ToList();
        shortest.Should().Contain(p => p.ActorIds.Contains("qatar"));
        shortest[0].Length.Should().BeGreaterThan(1, "no direct channel joins them");
        result.Relationships.Values.Should().OnlyContain(r => r.Evidence.Count > 0);
        result.Actors["qatar"].Name.Should().Be("Qatar");
    }

    [Fact]
    public async Task Qatar_and_Egypt_rank_as_brokers_between_Israel_and_Hamas()
    {
        var result = await new BrokerRanking(Graph.Value).RankAsync(new BrokerQuery { PartyIds = ["israel", "hamas"], Filter = Channels, Top = 3 });

        result.Brokers.Select(b => b.ActorId).Should().Contain(["qatar", "egypt"]);
        result.Connections.Should().HaveCount(2);
    }

    [Fact]
    public async Task Qatar_has_a_drawable_neighbourhood_and_a_timeline()
    {
        var neighbourhood = await new NeighbourhoodExplorer(Graph.Value).ExploreAsync(new NeighbourhoodQuery { SeedIds = ["qatar"], Depth = 1, Filter = Channels });
        var timeline = await new ActorTimeline(Graph.Value).ReadAsync(new TimelineQuery { ActorId = "qatar" });

        neighbourhood.Nodes.Select(n => n.Id).Should().Contain(["qatar", "hamas", "united-states", "israel"]);
        neighbourhood.Edges.Should().OnlyContain(e => e.Weight > 0);
        timeline.Entries.Select(e => e.EffectiveDate).Should().BeInAscendingOrder();
        timeline.Entries.Should().Contain(e => e.Relationship.Type == "MEDIATES" && e.CounterpartId == "hamas");
    }
}

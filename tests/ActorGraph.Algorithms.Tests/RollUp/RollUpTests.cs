using ActorGraph.Algorithms.Brokers;
using ActorGraph.Algorithms.InMemory;
using ActorGraph.Algorithms.Paths;
using ActorGraph.Algorithms.RollUp;
using ActorGraph.Algorithms.Tests.Support;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Import;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.TestSupport;

namespace ActorGraph.Algorithms.Tests.RollUp;

public sealed class RollUpTests
{
    // Burns leads the CIA, part of the United States; Blinken serves in the United States; Al-Thani leads Qatar until
    // the end of 2023, then only sits in its parliament; the United States is a member of NATO (not followed).
    private static readonly Affiliation[] Affiliations =
    [
        Affiliation("burns", "LEADS", "cia"),
        Affiliation("cia", "PART_OF", "us"),
        Affiliation("blinken", "SERVES_IN", "us"),
        Affiliation("blinken", "MEMBER_OF", "think-tank"),
        Affiliation("al-thani", "LEADS", "qatar", FuzzyDate.Period(new DateOnly(2020, 1, 1), new DateOnly(2023, 12, 31))),
        Affiliation("al-thani", "SERVES_IN", "parliament", FuzzyDate.Period(new DateOnly(2024, 1, 1), new DateOnly(2030, 12, 31))),
        Affiliation("us", "MEMBER_OF", "nato"),
    ];

    [Theory]
    [InlineData("burns", "2024-03-01", "us")]
    [InlineData("cia", "2024-03-01", "us")]
    [InlineData("blinken", "2024-03-01", "us")]
    [InlineData("us", "2024-03-01", "us")]
    [InlineData("al-thani", "2023-11-28", "qatar")]
    [InlineData("al-thani", "2024-03-01", "parliament")]
    [InlineData("hamas", "2024-03-01", "hamas")]
    public async Task An_actor_rolls_up_to_whom_it_acts_for_on_the_day(string actor, string day, string expected)
    {
        var rollUp = new ActorRollUp(Source(Affiliations));

        await rollUp.LoadUpwardsAsync([actor], CancellationToken.None);

        rollUp.RepresentativeOf(actor, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);
    }

    [Fact]
    public async Task A_cycle_of_affiliations_stops_where_it_would_repeat()
    {
        var rollUp = new ActorRollUp(Source([Affiliation("a", "PART_OF", "b"), Affiliation("b", "PART_OF", "a")]));

        await rollUp.LoadUpwardsAsync(["a"], CancellationToken.None);

        rollUp.RepresentativeOf("a", null).Should().Be("b");
    }

    [Fact]
    public async Task Edges_are_seen_between_the_actors_their_ends_act_for_and_inner_edges_are_left_out()
    {
        var graph = new GraphBuilder()
            .Relate("burns", "MEDIATES", "hamas", id: "r1")
            .Relate("blinken", "MEETS", "burns", id: "r2")
            .Relate("hamas", "REJECTS", "cia", id: "r3")
            .Relate("al-thani", "MEDIATES", "hamas", date: "2023-11-28", id: "r4")
            .Build();
        var reader = new RolledUpReader(graph, new ActorRollUp(Source(Affiliations)));

        var ofUs = await reader.GetEdgesAsync(["us"], EdgeFilter.All);
        var ofHamas = await reader.GetEdgesAsync(["hamas"], EdgeFilter.All);
        var outOfUs = await reader.GetEdgesAsync(["us"], EdgeFilter.All with { Direction = Direction.Out });

        ofUs.Select(e => (e.RelationshipId, e.SourceId, e.TargetId)).Should().Equal(("r1", "us", "hamas"), ("r3", "hamas", "us"));
        ofHamas.Select(e => (e.RelationshipId, e.SourceId, e.TargetId)).Should().Equal(("r1", "us", "hamas"), ("r3", "hamas", "us"), ("r4", "qatar", "hamas"));
        outOfUs.Select(e => e.RelationshipId).Should().Equal("r1");
    }

    [Fact]
    public async Task Reading_a_level_is_one_edge_read_whatever_the_hierarchy_below()
    {
        var graph = new CountingReader(new GraphBuilder().Relate("burns", "MEDIATES", "hamas").Relate("blinken", "MEETS", "hamas").Build());
        var reader = new RolledUpReader(graph, new ActorRollUp(Source(Affiliations)));

        await reader.GetEdgesAsync(["us", "qatar"], EdgeFilter.All);

        graph.EdgeCalls.Should().Be(1);
    }

    [Fact]
    public async Task On_the_seed_data_envoys_roll_up_to_their_states_and_Qatar_still_brokers_most()
    {
        var seed = SeedDataLoader.LoadDirectory(RepositoryPaths.SeedData);
        var rollUp = new ActorRollUp(Source(seed.Affiliations));
        var reader = new RolledUpReader(InMemoryGraph.From(seed), rollUp);
        var filter = new EdgeFilter
        {
            Types = new HashSet<string> { "MEDIATES", "HOSTS", "MEETS", "COMMUNICATES_WITH", "COOPERATES_WITH", "VISITS" },
            Direction = Direction.Any,
        };
        await rollUp.LoadUpwardsAsync(["bill-burns", "david-barnea", "abbas-kamel", "mohammed-bin-abdulrahman-al-thani"], CancellationToken.None);

        var plain = await new BrokerRanking(InMemoryGraph.From(seed)).RankAsync(new BrokerQuery { PartyIds = ["israel", "hamas"], Filter = filter });
        var rolled = await new BrokerRanking(reader).RankAsync(new BrokerQuery { PartyIds = ["israel", "hamas"], Filter = filter });
        var chains = await new PathFinder(reader).FindAsync(new PathQuery { FromId = rollUp.RepresentativeOf("bill-burns", null), ToId = "hamas", Filter = filter });

        new[] { "bill-burns", "david-barnea", "abbas-kamel", "mohammed-bin-abdulrahman-al-thani" }.Select(id => rollUp.RepresentativeOf(id, null))
            .Should().Equal("united-states", "israel", "egypt", "qatar");
        rolled.Brokers[0].ActorId.Should().Be("qatar");
        var kinds = seed.Actors.ToDictionary(a => a.Id, a => a.Kind);
        rolled.Brokers.Should().OnlyContain(b => kinds[b.ActorId] != ActorKind.Person);
        rolled.Connections.Single(c => c.FromId == "israel").ShortestPaths
            .Should().BeGreaterThan(plain.Connections.Single(c => c.FromId == "israel").ShortestPaths, "the envoys' own meetings now count for their states");
        chains.Paths.Should().ContainSingle().Which.ActorIds.Should().Equal("united-states", "qatar", "hamas");
    }

    private static AffiliationSource Source(IReadOnlyList<Affiliation> affiliations) =>
        (ids, _) => Task.FromResult<IReadOnlyList<Affiliation>>(
            [.. affiliations.Where(a => ids.Contains(a.MemberId) || ids.Contains(a.OrganisationId))]);

    private static Affiliation Affiliation(string member, string type, string organisation, FuzzyDate? tenure = null) => new()
    {
        Id = $"{member}-{type}-{organisation}",
        MemberId = member,
        OrganisationId = organisation,
        Type = type,
        Tenure = tenure,
    };
}

using ActorGraph.Algorithms.InMemory;
using ActorGraph.Algorithms.Tests.Support;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Algorithms.Tests.InMemory;

public sealed class InMemoryGraphTests
{
    private static readonly InMemoryGraph Graph = new GraphBuilder()
        .Relate("a", "MEETS", "b", "2024-01-01", id: "r3")
        .Relate("b", "MEDIATES", "c", "2024-02", id: "r1", modality: Modality.Planned)
        .Relate("c", "PRESSURES", "a", date: null, reportedOn: "2024-03-05", id: "r2")
        .Relate("a", "ATTACKS", "c", "2024-01-01", id: "r4", retraction: new Retraction("misread", DateTimeOffset.UnixEpoch, "editor"))
        .Build();

    private static async Task<IEnumerable<string>> Ids(EdgeFilter filter, params string[] actors) =>
        (await Graph.GetEdgesAsync(actors, filter)).Select(e => e.RelationshipId);

    [Fact]
    public async Task Returns_each_incident_edge_once_ordered_by_id()
    {
        (await Ids(EdgeFilter.All, "a", "b")).Should().Equal("r1", "r2", "r3");
    }

    [Fact]
    public async Task Takes_direction_literally_and_applies_every_filter()
    {
        (await Ids(new EdgeFilter { Direction = Direction.Out }, "a")).Should().Equal("r3");
        (await Ids(new EdgeFilter { Direction = Direction.In }, "a")).Should().Equal("r2");
        (await Ids(new EdgeFilter { Window = new DateWindow(new DateOnly(2024, 2, 15), new DateOnly(2024, 3, 5)) }, "a", "b", "c")).Should().Equal("r1", "r2");
        (await Ids(new EdgeFilter { Modalities = new HashSet<Modality> { Modality.Planned } }, "b")).Should().Equal("r1");
        (await Ids(new EdgeFilter { IncludeRetracted = true, Types = new HashSet<string> { "ATTACKS" } }, "a")).Should().Equal("r4");
    }

    [Fact]
    public async Task Resolves_merged_actors_to_their_survivor()
    {
        var graph = new InMemoryGraph(
            [new Actor { Id = "qatar", Name = "Qatar", Kind = ActorKind.State }, new Actor { Id = "state-of-qatar", Name = "State of Qatar", Kind = ActorKind.State, MergedInto = "qatar" }, new Actor { Id = "hamas", Name = "Hamas", Kind = ActorKind.ArmedGroup }],
            new GraphBuilder().Relate("state-of-qatar", "MEDIATES", "hamas").Relationships);

        (await graph.GetActorsAsync(["state-of-qatar"]))["state-of-qatar"].Id.Should().Be("qatar");
        (await graph.GetEdgesAsync(["state-of-qatar"], EdgeFilter.All)).Single().SourceId.Should().Be("qatar");
    }

    [Fact]
    public void Rejects_a_relationship_to_an_unknown_actor()
    {
        var act = () => new InMemoryGraph([], new GraphBuilder().Relate("a", "MEETS", "b").Relationships);

        act.Should().Throw<ArgumentException>().WithMessage("*unknown actor 'a'*");
    }
}

using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Tests.Fakes;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>Counting a frontier's neighbours is one request whose answer is read into <see cref="NeighbourCounts"/>.</summary>
public sealed class NeighbourCountTests
{
    [Fact]
    public async Task One_request_counts_the_frontier_and_brings_back_counts_and_edges()
    {
        var neo4j = new ScriptedNeo4j();
        var (store, _) = StoreFactory.Create(neo4j.Handler);

        var counts = await store.CountNeighboursAsync(["qatar", "qatar"], ["egypt"], new EdgeFilter { Direction = Direction.Out, Types = new HashSet<string> { "MEDIATES" } }, 2);

        var request = neo4j.Handler.Requests.Should().ContainSingle().Subject;
        request.Statement.Should().Be(RelationshipCypher.CountNeighbours);
        request.Parameters["direction"].Should().Be("Out", "direction is taken literally");
        ((IEnumerable<object?>)request.Parameters["actorIds"]!).Should().Equal("qatar");
        ((IEnumerable<object?>)request.Parameters["excluded"]!).Should().Equal("egypt");
        ((IEnumerable<object?>)request.Parameters["types"]!).Should().Equal("MEDIATES");
        request.Parameters["limit"].Should().Be(2L);
        counts.Known.Should().BeEquivalentTo(new Dictionary<string, int> { ["qatar"] = 2 });
        counts.Best.Select(p => (p.Key, p.Value)).Should().Equal([("hamas", 1), ("israel", 1)], "the best come most first, ties by id, whatever order the server used");
        counts.Others.Should().Be(3);
        counts.Edges.Select(e => (e.RelationshipId, e.SourceId, e.TargetId)).Should().Equal(("r01", "qatar", "hamas"), ("r02", "qatar", "israel"));
        counts.Edges[0].Modality.Should().Be(Modality.Reported);
    }

    [Fact]
    public async Task No_frontier_asks_nothing()
    {
        var neo4j = new ScriptedNeo4j();
        var (store, _) = StoreFactory.Create(neo4j.Handler);

        var counts = await store.CountNeighboursAsync([], ["egypt"], EdgeFilter.All, 5);

        neo4j.Handler.Requests.Should().BeEmpty();
        counts.Others.Should().Be(0);
        counts.Edges.Should().BeEmpty();
    }
}

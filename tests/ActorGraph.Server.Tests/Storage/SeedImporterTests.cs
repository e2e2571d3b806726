using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Relationships;
using ActorGraph.Server.Storage;

namespace ActorGraph.Server.Tests.Storage;

public sealed class SeedImporterTests
{
    [Fact]
    public void Records_go_in_dependency_order_in_chunks_of_the_given_size()
    {
        var batch = new GraphBatch { Actors = [.. Enumerable.Range(0, 7).Select(Actor)], Relationships = [.. Enumerable.Range(0, 4).Select(Relationship)] };

        var chunks = SeedImporter.Chunks(batch, 3).ToList();

        chunks.Select(c => (c.Actors.Count, c.Relationships.Count)).Should().Equal((3, 0), (3, 0), (1, 0), (0, 3), (0, 1));
    }

    [Fact]
    public void Many_relationships_go_in_two_halves_so_the_second_is_as_large_as_what_the_first_stored()
    {
        var batch = new GraphBatch { Relationships = [.. Enumerable.Range(0, 101).Select(Relationship)] };

        var chunks = SeedImporter.Chunks(batch, 10).Select(c => c.Relationships.Count).ToList();

        chunks.Should().Equal(51, 50);
    }

    private static Actor Actor(int i) => new() { Id = $"a{i}", Name = $"A{i}", Kind = ActorKind.State };

    private static Relationship Relationship(int i) => new()
    {
        Id = $"r{i}",
        Type = "MEETS",
        SourceId = "a0",
        TargetId = "a1",
        ReportedOn = new DateOnly(2024, 1, 1),
        Evidence = [new Domain.Documents.Evidence("doc", "quote", 0, 5)],
    };
}

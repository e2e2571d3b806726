using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Storage.Contract;

/// <summary>
/// Counting a frontier's neighbours (<see cref="IGraphReader.CountNeighboursAsync"/>): on the sample graph by hand, and
/// on random graphs against the port's reference, the default that reads the frontier's edges and tallies them.
/// </summary>
public abstract class NeighbourCountContract : GraphStoreContract
{
    [Theory]
    [InlineData(Direction.Any, "qatar=3 hamas=4", "israel=3 egypt=1 united-states=1", new[] { "r01", "r02", "r03", "r04", "r06", "r07" })]
    [InlineData(Direction.Out, "qatar=2 hamas=2", "israel=2", new[] { "r01", "r02", "r07" })]
    [InlineData(Direction.In, "qatar=2 hamas=3", "egypt=1 israel=1 united-states=1", new[] { "r01", "r03", "r04", "r06" })]
    public async Task Neighbour_counts_count_each_edge_of_the_frontier_once_at_both_ends_direction_taken_literally(
        Direction direction, string known, string best, string[] edges)
    {
        var store = await SampleStoreAsync();

        var counts = await store.CountNeighboursAsync(["qatar", "hamas", "nobody"], [], new EdgeFilter { Direction = direction }, 10);

        counts.Known.Should().BeEquivalentTo(Counts(known));
        counts.Best.Should().Equal(Counts(best));
        counts.Others.Should().Be(counts.Best.Count);
        counts.Edges.Should().Equal(await store.GetEdgesAsync(["qatar", "hamas"], new EdgeFilter { Direction = direction }));
        counts.Edges.Select(e => e.RelationshipId).Should().Equal(edges);
    }

    [Fact]
    public async Task Neighbour_counts_keep_the_best_other_ends_not_excluded_ties_by_id()
    {
        var store = await SampleStoreAsync();

        var best = await store.CountNeighboursAsync(["hamas", "israel"], [], EdgeFilter.All, 2);
        var withoutQatar = await store.CountNeighboursAsync(["hamas", "israel"], ["qatar", "burns"], EdgeFilter.All, 1);

        best.Best.Should().Equal(Pair("qatar", 2), Pair("egypt", 1));
        best.Others.Should().Be(3);
        best.Edges.Select(e => e.RelationshipId).Should().Equal("r01", "r02", "r03", "r06", "r07");
        best.Edges[0].Should().Be((await store.GetEdgesAsync(["qatar"], EdgeFilter.All))[0]);
        withoutQatar.Best.Should().Equal(new[] { Pair("egypt", 1) });
        withoutQatar.Others.Should().Be(2);
        withoutQatar.Known.Should().BeEquivalentTo(Counts("hamas=4 israel=4 qatar=2"), "excluded actors are counted too");
        withoutQatar.Edges.Select(e => e.RelationshipId).Should().Equal("r01", "r02", "r03", "r06", "r07");
    }

    [Fact]
    public async Task Neighbour_counts_pass_the_filter()
    {
        var store = await SampleStoreAsync();

        var counts = await store.CountNeighboursAsync(["hamas", "israel"], [], new EdgeFilter { Types = new HashSet<string> { "MEDIATES" } }, 10);
        var window = await store.CountNeighboursAsync(["israel"], [], new EdgeFilter { Window = new DateWindow(new DateOnly(2024, 1, 1), null) }, 10);

        counts.Known.Should().BeEquivalentTo(Counts("hamas=2 israel=1"));
        counts.Best.Should().Equal(Pair("qatar", 2), Pair("egypt", 1));
        counts.Edges.Select(e => e.RelationshipId).Should().Equal("r01", "r02", "r03");
        window.Known.Should().BeEquivalentTo(Counts("israel=1"));
        window.Best.Should().Equal(new[] { Pair("hamas", 1) });
    }

    [Fact]
    public async Task Neighbour_counts_of_nothing_are_empty()
    {
        var store = await SampleStoreAsync();

        foreach (var counts in new[]
        {
            await store.CountNeighboursAsync([], [], EdgeFilter.All, 10),
            await store.CountNeighboursAsync(["nobody", "cote-divoire"], [], EdgeFilter.All, 10),
            await store.CountNeighboursAsync(["qatar"], [], EdgeFilter.All, 0),
        })
        {
            counts.Best.Should().BeEmpty();
            counts.Edges.Should().BeEmpty();
        }

        (await store.CountNeighboursAsync(["qatar"], [], EdgeFilter.All, 0)).Others.Should().Be(3);
    }

    private static KeyValuePair<string, int> Pair(string id, int count) => new(id, count);

    /// <summary>Counts written as <c>"id=n id=n"</c>, in the order given.</summary>
    private static List<KeyValuePair<string, int>> Counts(string written) =>
        [.. written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).Select(p => Pair(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))];

    [Fact]
    public async Task Neighbour_counts_equal_the_reference_tally_of_the_frontier_edges_on_random_graphs()
    {
        var random = new Random(20241123);
        var store = await NewStoreAsync();
        var actorIds = Enumerable.Range(0, 12).Select(i => $"x{i:D2}").ToList();
        var builder = new GraphBuilder();
        actorIds.ForEach(id => builder.Actor(id, id.ToUpperInvariant()));
        string[] types = ["MEETS", "MEDIATES", "PRESSURES", "SUPPORTS"];
        for (var i = 0; i < 70; i++)
        {
            var source = actorIds[random.Next(3) == 0 ? random.Next(3) : random.Next(actorIds.Count)];
            var target = actorIds[random.Next(actorIds.Count)];
            if (source != target)
            {
                builder.Relationship($"r{i:D3}", types[random.Next(types.Length)], source, target, $"2024-01-{random.Next(1, 9):D2}");
            }
        }

        await store.ImportAsync(builder.Build(), Context);
        IGraphReader reference = new ReferenceReader(store);
        for (var query = 0; query < 40; query++)
        {
            var frontier = Pick(random, actorIds, 1 + random.Next(4));
            var excluded = Pick(random, actorIds, random.Next(5)).Union(frontier.Where(_ => random.Next(2) == 0)).ToList();
            var filter = new EdgeFilter
            {
                Direction = (Direction)random.Next(3),
                Types = random.Next(3) == 0 ? new HashSet<string> { "MEDIATES", "PRESSURES" } : null,
                Window = random.Next(4) == 0 ? new DateWindow(new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 6)) : DateWindow.Unbounded,
            };
            var limit = random.Next(7);

            var counts = await store.CountNeighboursAsync(frontier, excluded, filter, limit);
            var expected = await reference.CountNeighboursAsync(frontier, excluded, filter, limit);

            var because = $"query {query}: frontier {string.Join(",", frontier)}, excluded {string.Join(",", excluded)}, {filter.Direction}, limit {limit}";
            counts.Known.Should().BeEquivalentTo(expected.Known, because);
            counts.Best.Should().Equal(expected.Best, because);
            counts.Others.Should().Be(expected.Others, because);
            counts.Edges.Should().Equal(expected.Edges, because);
        }
    }

    private static List<string> Pick(Random random, List<string> ids, int count) => [.. ids.OrderBy(_ => random.Next()).Take(count)];

    /// <summary>The store with only the reads the port's default needs, so that the default answers.</summary>
    private sealed class ReferenceReader(IGraphReader inner) : IGraphReader
    {
        public Task<IReadOnlyList<Edge>> GetEdgesAsync(IReadOnlyCollection<string> actorIds, EdgeFilter filter, CancellationToken cancellationToken = default) =>
            inner.GetEdgesAsync(actorIds, filter, cancellationToken);

        public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
            inner.GetActorsAsync(ids, cancellationToken);

        public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
            inner.GetRelationshipsAsync(ids, cancellationToken);
    }
}

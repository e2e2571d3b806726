using ActorGraph.Algorithms.Neighbourhoods;
using ActorGraph.Algorithms.Tests.Support;
using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Algorithms.Tests.Neighbourhoods;

/// <summary>On seeded random multigraphs, the neighbourhood equals the one computed from its definition.</summary>
public sealed class NeighbourhoodBruteForceTests
{
    [Theory]
    [MemberData(nameof(RandomGraphs.Seeds), 150, MemberType = typeof(RandomGraphs))]
    public async Task Neighbourhood_equals_its_definition(int seed)
    {
        var builder = seed % 2 == 0 ? RandomGraphs.Create(seed) : Larger(seed);
        var graph = builder.Build();
        var random = new Random(seed * 7919);
        var window = seed % 4 == 0 ? new DateWindow(new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5)) : DateWindow.Unbounded;
        // Without a symmetric type (MEETS) a directed search asks the store for one direction only, the other case.
        var types = (seed % 5) switch
        {
            0 => new HashSet<string> { "MEETS", "MEDIATES" },
            1 or 2 => new HashSet<string> { "MEDIATES", "PRESSURES", "SUPPORTS" },
            _ => null,
        };
        bool Allowed(Relationship r) => (types is null || types.Contains(r.Type)) && (r.Date is { } d ? d.Overlaps(window) : window.Contains(r.ReportedOn));
        foreach (var direction in new[] { Direction.Any, Direction.Out, Direction.In })
        {
            var seeds = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => builder.ActorIds[random.Next(builder.ActorIds.Count)]).Distinct().ToList();
            var depth = random.Next(0, 4);
            var nodeCap = random.Next(seeds.Count, builder.ActorIds.Count + 2);
            var expected = BruteForce.Neighbourhood(builder.Relationships, seeds, direction, Allowed, depth, nodeCap);

            var result = await new NeighbourhoodExplorer(graph).ExploreAsync(new NeighbourhoodQuery
            {
                SeedIds = seeds,
                Depth = depth,
                NodeCap = nodeCap,
                Filter = new EdgeFilter { Direction = direction, Window = window, Types = types },
            });

            var because = $"seed {seed}, {direction}, seeds {string.Join(",", seeds)}, depth {depth}, cap {nodeCap}";
            result.Nodes.Select(n => (n.Id, n.Distance, n.Degree)).Should().Equal(expected.Nodes, because);
            result.Edges.Select(e => e.Id).Should().Equal(expected.EdgeIds, because);
            (result.Work.Truncation?.Reason == TruncationReason.NodeCap).Should().Be(expected.CutByCap, because);
        }
    }

    /// <summary>Thirty actors with a few hubs, so that levels are wide and the cap cuts among equal degrees.</summary>
    private static GraphBuilder Larger(int seed)
    {
        var random = new Random(seed);
        var builder = new GraphBuilder();
        string[] types = ["MEETS", "MEDIATES", "PRESSURES", "SUPPORTS"];
        for (var i = 0; i < 30; i++)
        {
            builder.Actor("x" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        }

        string Pick() => builder.ActorIds[random.Next(4) == 0 ? random.Next(3) : random.Next(30)];
        for (var i = 0; i < 70; i++)
        {
            builder.Relate(Pick(), types[random.Next(types.Length)], Pick(), $"2024-01-{random.Next(1, 7):D2}", id: $"r{random.Next(100):D2}-{i}");
        }

        return builder;
    }
}

using ActorGraph.Algorithms.Paths;
using ActorGraph.Algorithms.Tests.Support;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Algorithms.Tests.Paths;

/// <summary>On seeded random multigraphs, the k shortest paths equal the first k of a brute-force enumeration.</summary>
public sealed class PathFinderBruteForceTests
{
    [Theory]
    [MemberData(nameof(RandomGraphs.Seeds), 150, MemberType = typeof(RandomGraphs))]
    public async Task K_shortest_paths_equal_brute_force(int seed)
    {
        var builder = RandomGraphs.Create(seed);
        var graph = builder.Build();
        var random = new Random(seed * 7919);
        var window = seed % 4 == 0 ? new DateWindow(new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5)) : DateWindow.Unbounded;
        var types = seed % 5 == 0 ? new HashSet<string> { "MEETS", "MEDIATES" } : null;
        foreach (var direction in new[] { Direction.Any, Direction.Out, Direction.In })
        {
            foreach (var timeRespecting in new[] { false, true })
            {
                var from = RandomGraphs.Name(random.Next(builder.ActorIds.Count));
                var to = RandomGraphs.Name(random.Next(builder.ActorIds.Count));
                if (from == to)
                {
                    continue;
                }

                var maxLength = random.Next(2, 6);
                var filter = new EdgeFilter { Direction = direction, Window = window, Types = types };
                bool Allowed(Relationship r) => (types is null || types.Contains(r.Type)) && (r.Date is { } d ? d.Overlaps(window) : window.Contains(r.ReportedOn));
                var expected = BruteForce.SimplePaths(builder.Relationships, from, to, direction, Allowed, maxLength, timeRespecting)
                    .Take(4)
                    .Select(p => string.Join(",", p.Select(h => h.Relationship.Id)))
                    .ToList();

                var result = await new PathFinder(graph).FindAsync(new PathQuery
                {
                    FromId = from,
                    ToId = to,
                    Filter = filter,
                    Limit = 4,
                    MaxLength = maxLength,
                    TimeRespecting = timeRespecting,
                });

                result.Paths.Select(p => string.Join(",", p.RelationshipIds)).Should().Equal(
                    expected, $"seed {seed}, {direction}, time-respecting {timeRespecting}, {from} to {to}, at most {maxLength} hops");
                result.Truncated.Should().BeFalse();
            }
        }
    }
}

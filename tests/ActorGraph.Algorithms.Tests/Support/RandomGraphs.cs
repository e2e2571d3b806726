using ActorGraph.Domain.Relationships;

namespace ActorGraph.Algorithms.Tests.Support;

/// <summary>Small seeded random multigraphs with cycles, parallel and symmetric relationships and many date ties.</summary>
internal static class RandomGraphs
{
    private static readonly string[] Types = ["MEETS", "MEDIATES", "PRESSURES", "NEGOTIATES_WITH", "SUPPORTS"];

    /// <summary>The seeds 1 to <paramref name="count"/>, for a theory run once per random graph.</summary>
    public static TheoryData<int> Seeds(int count) => new(Enumerable.Range(1, count));

    public static GraphBuilder Create(int seed)
    {
        var random = new Random(seed);
        var actors = random.Next(4, 9);
        var relationships = random.Next(actors, actors * 3);
        var builder = new GraphBuilder();
        for (var i = 0; i < actors; i++)
        {
            builder.Actor(Name(i));
        }

        for (var i = 0; i < relationships; i++)
        {
            var source = random.Next(actors);
            var target = random.Next(actors);
            var date = random.Next(5) == 0 ? null : $"2024-01-{random.Next(1, 7):D2}";
            builder.Relate(Name(source), Types[random.Next(Types.Length)], Name(target), date, id: $"r{random.Next(100):D2}-{i}", reportedOn: $"2024-01-{random.Next(1, 7):D2}");
        }

        return builder;
    }

    public static string Name(int index) => ((char)('a' + index)).ToString();

    public static Direction Direction(int seed) => (Direction)(seed % 3);
}

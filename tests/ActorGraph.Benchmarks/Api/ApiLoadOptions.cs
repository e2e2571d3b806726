using System.Globalization;

namespace ActorGraph.Benchmarks.Api;

/// <summary>Which graph the API load runs on.</summary>
public enum LoadGraph
{
    /// <summary>The seed data, imported by the server on first start into a fresh file.</summary>
    Seed,

    /// <summary>The synthetic graph, imported once into a cached file that the server opens with seed import off.</summary>
    Synthetic,
}

/// <summary>
/// Command-line options of <c>api-load</c>: <c>--graph seed|synthetic --actors N --relationships M --seed K
/// --connections C --duration S --warmup S --port P</c>. The synthetic graph defaults to 100,000 actors and
/// 1,000,000 relationships.
/// </summary>
public sealed record ApiLoadOptions(LoadGraph Graph, int Actors, int Relationships, int Seed, int Connections, TimeSpan Duration, TimeSpan WarmUp, int Port)
{
    public static ApiLoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ApiLoadOptions(LoadGraph.Seed, 100_000, 1_000_000, 42, 64, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3), 5091);
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"The option {args[i]} needs a value.");
            options = args[i] switch
            {
                "--graph" => options with { Graph = GraphOf(value) },
                "--actors" => options with { Actors = Positive(args[i], value) },
                "--relationships" => options with { Relationships = Positive(args[i], value) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--connections" => options with { Connections = Positive(args[i], value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--port" => options with { Port = Positive(args[i], value) },
                _ => throw new ArgumentException(
                    $"Unknown option {args[i]}; expected --graph, --actors, --relationships, --seed, --connections, --duration, --warmup or --port."),
            };
        }

        return options.Actors < 3 ? throw new ArgumentException("--actors must be at least 3.") : options;
    }

    private static LoadGraph GraphOf(string value) => value switch
    {
        "seed" => LoadGraph.Seed,
        "synthetic" => LoadGraph.Synthetic,
        _ => throw new ArgumentException($"--graph takes seed or synthetic, not '{value}'."),
    };

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");
}

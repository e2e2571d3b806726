using System.Globalization;

namespace ActorGraph.Benchmarks.Synthetic;

/// <summary>
/// Command-line options of the synthetic-graph benchmark: <c>--actors N --relationships M --zipf S --seed K --queries Q
/// --warmup W --database PATH --only OPERATION</c>. With a database path, the graph is imported into that file once and
/// later runs reuse it. <c>--only</c> measures one of <see cref="Operations"/> (for profiling); by default all are
/// measured. Each operation first runs <c>W</c> warm-up queries of its own (10 by default); a larger number measures a
/// process that has served many queries before, whose pages around the hubs are already mapped and cached.
/// </summary>
public sealed record SyntheticOptions(int Actors, int Relationships, double ZipfExponent, int Seed, int Queries, int WarmUp = 10, string? Database = null, string? Only = null)
{
    public static IReadOnlyList<string> Operations { get; } = ["shortest-path", "shortest-paths", "neighbourhood", "neighbourhood-out", "brokers"];

    public bool Measures(string operation) => Only is null || Only == operation;

    public static SyntheticOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SyntheticOptions(100_000, 1_000_000, 0.75, 42, 200);
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"The option {args[i]} needs a value.");
            options = args[i] switch
            {
                "--actors" => options with { Actors = Positive(args[i], value) },
                "--relationships" => options with { Relationships = Positive(args[i], value) },
                "--zipf" => options with { ZipfExponent = double.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--queries" => options with { Queries = Positive(args[i], value) },
                "--warmup" => options with { WarmUp = Positive(args[i], value) },
                "--database" => options with { Database = value },
                "--only" => Operations.Contains(value) ? options with { Only = value } : throw new ArgumentException($"--only takes one of {string.Join(", ", Operations)}, not '{value}'."),
                _ => throw new ArgumentException($"Unknown option {args[i]}; expected --actors, --relationships, --zipf, --seed, --queries, --warmup, --database or --only."),
            };
        }

        return options.Actors < 2 ? throw new ArgumentException("--actors must be at least 2.") : options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");
}

using System.Diagnostics;
using System.Globalization;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Validation;
using ActorGraph.TestSupport;

namespace ActorGraph.Benchmarks.GraphQLValidation;

/// <summary>
/// Robustness at volume: seeded mutations of the benchmark documents (default 100,000), each parsed and
/// validated; anything but a GraphQL error fails the run. Reports throughput and the slowest document.
/// Options: count, seed.
/// </summary>
public sealed class FuzzBenchmark : IBenchmark
{
    public string Name => "graphql-fuzz";

    public string Description => "Parse + validate >= 100k mutated documents; only GraphQL errors may come out";

    public Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var seed = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var random = new Random(seed);
        var sources = BenchmarkDocuments.Queries;
        int syntaxErrors = 0, invalid = 0, valid = 0;
        var slowest = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count && !cancellationToken.IsCancellationRequested; i++)
        {
            var text = SeededMutations.Mutate(sources[random.Next(sources.Count)], random);
            var watch = Stopwatch.StartNew();
            try
            {
                var errors = Validator.Validate(BenchmarkDocuments.Schema, Parser.Parse(text));
                _ = errors.Count == 0 ? valid++ : invalid++;
            }
            catch (GraphQLSyntaxError)
            {
                syntaxErrors++;
            }
            catch (Exception exception)
            {
                output.WriteLine($"FAIL: document {i} (seed {seed}) threw {exception.GetType().Name}: {exception.Message}\n{text}");
                return Task.FromResult(1);
            }

            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
        }

        output.WriteLine($"## Mutation fuzzing: {count:N0} documents (seed {seed})");
        output.WriteLine();
        output.WriteLine($"syntax errors {syntaxErrors:N0}, invalid {invalid:N0}, valid {valid:N0}; no other outcome.");
        output.WriteLine($"{count / total.Elapsed.TotalSeconds:N0} documents/s; slowest document {slowest.TotalMilliseconds:0.0} ms.");
        return Task.FromResult(0);
    }
}

namespace ActorGraph.Benchmarks;

/// <summary>One benchmark: it measures ActorGraph and its peer or lower bound in the same run and reports the ratio.</summary>
public interface IBenchmark
{
    /// <summary>The name given on the command line.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Runs the benchmark, writing a Markdown report to <paramref name="output"/>.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken);
}

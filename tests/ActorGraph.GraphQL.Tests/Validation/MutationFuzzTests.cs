using System.Diagnostics;
using ActorGraph.GraphQL.Tests.Conformance;
using ActorGraph.TestSupport;

namespace ActorGraph.GraphQL.Tests.Validation;

/// <summary>
/// Seeded mutations of the conformance corpus: whatever the input, parsing and validating it ends in a list
/// of GraphQL errors (possibly empty) within a bound; nothing else escapes. (A long run: the benchmark runner's
/// <c>graphql-fuzz</c>.)
/// </summary>
public sealed class MutationFuzzTests
{
    private const int Cases = 4_000;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public void Mutated_corpus_documents_give_only_graphql_errors()
    {
        var random = new Random(20251123);
        var documents = ConformanceCorpus.Documents;
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < Cases; i++)
        {
            var original = documents[random.Next(documents.Count)];
            var text = SeededMutations.Mutate(original.Text, random);
            var watch = Stopwatch.StartNew();

            var act = () => Validate.Request(text);

            act.Should().NotThrow($"case {i} mutates {original.Name}:\n{text}");
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
        }

        slowest.Should().BeLessThan(Bound);
    }
}

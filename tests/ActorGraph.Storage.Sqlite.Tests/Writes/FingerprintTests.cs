using System.Security.Cryptography;
using System.Text.Json;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Storage.Sqlite.Writes;

namespace ActorGraph.Storage.Sqlite.Tests.Writes;

/// <summary>
/// Fingerprints are stored, so their bytes must not change between builds: a stored record would otherwise look
/// changed to the next import of the same source. They hash the serializer's default rendering of the record.
/// </summary>
public sealed class FingerprintTests
{
    private static readonly Relationship Sample = new()
    {
        Id = "rel-1",
        Type = "PRESSURES",
        SourceId = "united-states",
        TargetId = "qatar",
        Date = FuzzyDate.Day(new DateOnly(2023, 11, 24)),
        ReportedOn = new DateOnly(2023, 11, 25),
        Attribution = "two US officials told CNN",
        Confidence = 0.8,
        Evidence = [new Evidence("doc", "The US \u201cpressed\u201d Qatar\u00a0hard.", 10, 37)],
    };

    [Fact]
    public void A_relationship_is_fingerprinted_as_the_hash_of_the_serializer_default_rendering()
    {
        var expected = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(Sample)));

        Fingerprint.Of(Sample).Should().Be(expected);
    }

    [Fact]
    public async Task Fingerprints_worked_out_by_both_threads_are_the_fingerprints_of_their_relationships()
    {
        var relationships = Enumerable.Range(0, 2_000).Select(i => Sample with { Id = $"rel-{i}", Confidence = i / 2_000.0 }).ToList();
        var fingerprints = new RelationshipFingerprints(relationships);

        var backwards = Task.Run(() => fingerprints.WorkBackwards(CancellationToken.None));
        var forwards = Enumerable.Range(0, relationships.Count).Select(fingerprints.For).ToList();
        await backwards;

        forwards.Should().Equal(relationships.Select(Fingerprint.Of));
        forwards.Should().OnlyHaveUniqueItems();
    }
}

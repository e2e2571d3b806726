using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Storage.Sqlite.CrashProbe;

/// <summary>The records the probe writes: a few actors and one document, then numbered batches of relationships.</summary>
public static class ProbeBatches
{
    public const int ActorCount = 10;

    private static readonly Document Source = new()
    {
        Id = "probe-doc",
        Title = "Probe",
        PublishedOn = new DateOnly(2024, 1, 1),
        Text = "The probe writes claims.",
    };

    public static GraphBatch Setup() => new()
    {
        Documents = [Source],
        Actors = [.. Enumerable.Range(0, ActorCount).Select(i => new Actor { Id = ActorId(i), Name = $"Probe actor {i}", Kind = ActorKind.State })],
    };

    /// <summary>The setup and <paramref name="relationships"/> relationships as one batch, for a store's first load.</summary>
    public static GraphBatch Load(int relationships)
    {
        var setup = Setup();
        return setup with { Relationships = [.. Enumerable.Range(0, relationships).Select(i => Relationship(0, i, $"load-r{i:0000000}"))] };
    }

    public static string RelationshipId(int batch, int index) => $"b{batch:000000}-r{index:000}";

    /// <summary>The batch number a relationship id belongs to.</summary>
    public static int BatchOf(string relationshipId) => int.Parse(relationshipId.AsSpan(1, 6), System.Globalization.CultureInfo.InvariantCulture);

    public static GraphBatch Batch(int batch, int size) => new()
    {
        Relationships = [.. Enumerable.Range(0, size).Select(i => Relationship(batch, i, RelationshipId(batch, i)))],
    };

    private static Relationship Relationship(int batch, int i, string id) => new()
    {
        Id = id,
        Type = "MEETS",
        SourceId = ActorId((batch + i) % ActorCount),
        TargetId = ActorId((batch + i + 1) % ActorCount),
        ReportedOn = Source.PublishedOn,
        Evidence = [new Evidence(Source.Id, "The probe writes claims", 0, 23)],
    };

    private static string ActorId(int i) => $"probe-{i}";
}

using System.Text.Json.Nodes;
using ActorGraph.Domain.Import;
using ActorGraph.Domain.Time;
using ActorGraph.Domain.Validation;
using ActorGraph.TestSupport;

namespace ActorGraph.Domain.Tests.Import;

public class SeedDataWriterTests
{
    [Fact]
    public void What_the_writer_writes_the_loader_loads_unchanged()
    {
        var batch = SampleBatch.Create();

        var loaded = SeedDataLoader.LoadJson(SeedDataWriter.ToJson(batch), "export.json");

        loaded.Should().BeEquivalentTo(batch, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Round_trips_text_with_non_ascii_characters_and_every_date_precision()
    {
        const string text = "Qatar\u00a0said “talks” go on — 2024.\nHamas’ reply?";
        var document = SampleBatch.Document with { Text = text };
        var batch = SampleBatch.Create() with { Documents = [document] };
        batch = batch with
        {
            Affiliations = [batch.Affiliations[0] with { Tenure = FuzzyDate.Parse("2021-03-19/2025-01-20"), Evidence = [] }],
            Events = [batch.Events[0] with { Date = FuzzyDate.Parse("2023-11"), Evidence = [EvidenceLocator.Require(document, "“talks”")] }],
            Relationships = [.. batch.Relationships.Select(r => r with { Date = FuzzyDate.Parse("2023"), Evidence = [EvidenceLocator.Require(document, "Hamas’ reply")] })],
        };

        using var dir = new TemporaryDirectory();
        using (var file = File.Create(dir.File("export.json")))
        {
            SeedDataWriter.Write(batch, file, "../schema/seed-data.schema.json");
        }

        SeedDataLoader.LoadFile(dir.File("export.json")).Should().BeEquivalentTo(batch, o => o.WithStrictOrdering());
        JsonNode.Parse(File.ReadAllText(dir.File("export.json")))!["$schema"]!.GetValue<string>().Should().Be("../schema/seed-data.schema.json");
        File.ReadAllBytes(dir.File("export.json"))[0].Should().Be((byte)'{', "the format has no byte-order mark");
    }

    [Fact]
    public void Writes_enums_in_camel_case()
    {
        var json = BatchFiles.Sample();

        json["actors"]![1]!["kind"]!.GetValue<string>().Should().Be("armedGroup");
        json["events"]![0]!["participants"]![0]!["role"]!.GetValue<string>().Should().Be("host");
        json["relationships"]![2]!["modality"]!.GetValue<string>().Should().Be("completed");
    }
}

using System.Text;
using System.Text.Json.Nodes;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Import;
using ActorGraph.Domain.Validation;
using ActorGraph.TestSupport;

namespace ActorGraph.Domain.Tests.Import;

public class SeedDataLoaderTests
{
    [Fact]
    public void Loads_a_folder_in_file_name_order_with_references_across_files()
    {
        using var dir = new TemporaryDirectory();
        var (actors, document) = BatchFiles.SplitSample();
        BatchFiles.Write(dir.File("10-doc.json"), document);
        BatchFiles.Write(dir.File("01-actors.json"), actors);
        File.WriteAllText(dir.File("notes.txt"), "not a batch");

        var batch = SeedDataLoader.LoadDirectory(dir.Path);

        batch.Should().BeEquivalentTo(SampleBatch.Create(), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Maps_camel_case_names_to_enums()
    {
        var json = BatchFiles.Sample();
        json["actors"]![1]!["kind"] = "intergovernmentalOrganisation";
        json["documents"]![0]!["kind"] = "liveBlog";

        var batch = SeedDataLoader.LoadJson(json.ToJsonString(), "batch.json");

        batch.Actors[1].Kind.Should().Be(ActorKind.IntergovernmentalOrganisation);
        batch.Documents[0].Kind.Should().Be(Documents.DocumentKind.LiveBlog);
    }

    [Fact]
    public void A_missing_reported_on_is_the_publication_day_of_the_earliest_evidence_document()
    {
        var json = BatchFiles.Sample();
        json["relationships"]![0]!.AsObject().Remove("reportedOn");
        json["relationships"]![1]!["reportedOn"] = null;

        var batch = SeedDataLoader.LoadJson(json.ToJsonString(), "batch.json");

        batch.Relationships.Take(2).Should().AllSatisfy(r => r.ReportedOn.Should().Be(SampleBatch.Document.PublishedOn));
    }

    [Fact]
    public void Optional_fields_take_their_defaults()
    {
        var json = BatchFiles.Sample();
        var claim = json["relationships"]![0]!.AsObject();
        foreach (var name in new[] { "modality", "confidence", "date", "place", "attribution", "event" })
        {
            claim.Remove(name);
        }

        var loaded = SeedDataLoader.LoadJson(json.ToJsonString(), "batch.json").Relationships[0];

        loaded.Should().BeEquivalentTo(SampleBatch.Create().Relationships[0]);
    }

    [Fact]
    public void Invalid_json_names_the_file_and_imports_nothing()
    {
        using var dir = new TemporaryDirectory();
        var (actors, _) = BatchFiles.SplitSample();
        BatchFiles.Write(dir.File("01-actors.json"), actors);
        File.WriteAllText(dir.File("10-doc.json"), "{ \"documents\": [ }");

        var issue = LoadFails(() => SeedDataLoader.LoadDirectory(dir.Path)).Should().ContainSingle().Subject;

        issue.Path.Should().Be(dir.File("10-doc.json") + "#");
        issue.Message.Should().StartWith("Not valid JSON:").And.Contain("LineNumber: 0");
    }

    [Fact]
    public void Schema_violations_name_the_file_and_the_json_pointer()
    {
        using var dir = new TemporaryDirectory();
        var json = BatchFiles.Sample();
        json["relationships"]![2]!["confidence"] = 1.5;
        json["actors"]![0]!["kind"] = "country";
        json["events"]![0]!["colour"] = "blue";
        json["relationships"]![1]!["evidence"]![0]!["start"] = -4;
        var file = BatchFiles.Write(dir.File("batch.json"), json);

        var issues = LoadFails(() => SeedDataLoader.LoadFile(file));

        issues.Select(i => i.ToString()).Should().BeEquivalentTo(
            $"{file}#/actors/0/kind: \"country\" is not one of \"state\", \"person\", \"armedGroup\", \"intergovernmentalOrganisation\", \"agency\", \"party\", \"ngo\", \"media\", \"group\", \"authority\"",
            $"{file}#/events/0/colour: the property 'colour' is not allowed here (allowed: id, name, kind, date, place, description, modality, participants, evidence)",
            $"{file}#/relationships/1/evidence/0/start: -4 is less than the minimum 0",
            $"{file}#/relationships/2/confidence: 1.5 is greater than the maximum 1");
    }

    [Theory]
    [InlineData("id", "\"Qatar\"", "/actors/0/id")]
    [InlineData("country", "\"qa\"", "/actors/0/country")]
    public void Slug_and_country_shapes_are_checked_by_the_schema(string field, string value, string pointer)
    {
        var json = BatchFiles.Sample();
        json["actors"]![0]![field] = JsonNode.Parse(value);

        LoadFails(() => SeedDataLoader.LoadJson(json.ToJsonString(), "batch.json")).Should().ContainSingle()
            .Which.Path.Should().Be("batch.json#" + pointer);
    }

    [Fact]
    public void A_day_that_does_not_exist_is_reported_at_its_pointer()
    {
        var json = BatchFiles.Sample();
        json["relationships"]![2]!["date"] = "2023-02-30";
        json["documents"]![0]!["publishedOn"] = "2023-11-31";

        LoadFails(() => SeedDataLoader.LoadJson(json.ToJsonString(), "batch.json")).Select(i => i.Path)
            .Should().BeEquivalentTo("batch.json#/documents/0/publishedOn", "batch.json#/relationships/2/date");
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_reported_at_its_pointer()
    {
        var json = BatchFiles.Sample();
        json["events"]![0]!["date"] = "2023-11-28/2023-11-27";

        LoadFails(() => SeedDataLoader.LoadJson(json.ToJsonString(), "batch.json")).Select(i => i.ToString())
            .Should().Equal("batch.json#/events/0/date: The period '2023-11-28/2023-11-27' ends before it starts.");
    }

    [Fact]
    public void A_reference_unknown_across_all_files_points_into_the_file_that_makes_it()
    {
        using var dir = new TemporaryDirectory();
        var (actors, document) = BatchFiles.SplitSample();
        document["relationships"]![1]!["target"] = "egypt";
        BatchFiles.Write(dir.File("01-actors.json"), actors);
        BatchFiles.Write(dir.File("10-doc.json"), document);

        LoadFails(() => SeedDataLoader.LoadDirectory(dir.Path)).Select(i => i.ToString())
            .Should().Equal($"{dir.File("10-doc.json")}#/relationships/1/target: Unknown actor 'egypt'.");
    }

    [Fact]
    public void Validator_paths_of_nested_fields_become_json_pointers()
    {
        var json = BatchFiles.Sample();
        json["events"]![0]!["participants"]![1]!["actor"] = "egypt";
        json["actors"]![2]!["aliases"] = new JsonArray("Hamas");
        json["relationships"]![1]!["target"] = "qatar";

        LoadFails(() => SeedDataLoader.LoadJson(json.ToJsonString(), "batch.json")).Select(i => i.Path).Should().BeEquivalentTo(
            "batch.json#/actors/2/aliases/0",
            "batch.json#/events/0/participants/1/actor",
            "batch.json#/relationships/1");
    }

    [Fact]
    public void A_misplaced_quote_is_reported_at_its_pointer()
    {
        var json = BatchFiles.Sample();
        json["relationships"]![0]!["evidence"]![0]!["start"] = 0;

        var issue = LoadFails(() => SeedDataLoader.LoadJson(json.ToJsonString(), "batch.json")).Should().ContainSingle().Subject;

        issue.Path.Should().Be("batch.json#/relationships/0/evidence/0/quote");
        issue.Message.Should().StartWith("The quote is not at 0..");
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported()
    {
        using var dir = new TemporaryDirectory();
        var (actors, document) = BatchFiles.SplitSample();
        actors["actors"]![0]!["name"] = string.Empty;
        document["relationships"]![0]!["type"] = "meets";
        BatchFiles.Write(dir.File("01-actors.json"), actors);
        BatchFiles.Write(dir.File("10-doc.json"), document);

        LoadFails(() => SeedDataLoader.LoadDirectory(dir.Path)).Select(i => i.Path)
            .Should().Equal(dir.File("01-actors.json") + "#/actors/0/name", dir.File("10-doc.json") + "#/relationships/0/type");
    }

    [Fact]
    public void Duplicate_property_names_are_refused()
    {
        LoadFails(() => SeedDataLoader.LoadJson("""{ "actors": [], "actors": [] }""", "batch.json"))
            .Should().ContainSingle().Which.Message.Should().StartWith("Not valid JSON");
    }

    [Fact]
    public void A_batch_may_refer_to_stored_records()
    {
        var batch = SampleBatch.Create();
        var json = BatchFiles.Json(batch with { Documents = [], Actors = [] });
        var known = new KnownRecords(batch.Actors, batch.Documents, []);

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString()));
        var loaded = SeedDataLoader.Load(stream, "request", known);

        loaded.Relationships.Should().HaveCount(3);
        stream.CanRead.Should().BeTrue("the caller owns the stream");
        FluentActions.Invoking(() => SeedDataLoader.LoadJson(json.ToJsonString(), "request"))
            .Should().Throw<ValidationException>().Which.Issues.Should().Contain(i => i.Path == "request#/relationships/0/source");
    }

    [Fact]
    public void A_missing_folder_or_file_or_an_empty_folder_is_an_error()
    {
        using var dir = new TemporaryDirectory();

        FluentActions.Invoking(() => SeedDataLoader.LoadDirectory(dir.File("absent"))).Should().Throw<DirectoryNotFoundException>();
        FluentActions.Invoking(() => SeedDataLoader.LoadFile(dir.File("absent.json"))).Should().Throw<FileNotFoundException>();
        LoadFails(() => SeedDataLoader.LoadDirectory(dir.Path)).Should().ContainSingle()
            .Which.Message.Should().Be("The folder holds no *.json batch file.");
    }

    private static IReadOnlyList<ValidationIssue> LoadFails(Func<object> load) =>
        FluentActions.Invoking(load).Should().Throw<ValidationException>().Which.Issues;
}

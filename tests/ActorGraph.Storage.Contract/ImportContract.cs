using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Storage.Contract;

/// <summary>Importing a batch stores every record exactly as given, and importing it again changes nothing.</summary>
public abstract class ImportContract : GraphStoreContract
{
    [Fact]
    public async Task Import_counts_every_record_as_inserted()
    {
        var store = await NewStoreAsync();
        var batch = SampleGraph.Build();

        var result = await store.ImportAsync(batch, Context);

        var records = batch.Documents.Count + batch.Actors.Count + batch.Affiliations.Count + batch.Events.Count + batch.Relationships.Count;
        result.Should().Be(new ImportResult(records, 0, 0));
    }

    [Fact]
    public async Task Actors_read_back_as_imported_with_aliases_in_order()
    {
        var store = await SampleStoreAsync();
        var batch = SampleGraph.Build();

        var actors = await store.GetActorsAsync([.. batch.Actors.Select(a => a.Id), "nobody"]);

        actors.Keys.Should().BeEquivalentTo(batch.Actors.Select(a => a.Id));
        foreach (var expected in batch.Actors)
        {
            actors[expected.Id].Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        }
    }

    [Fact]
    public async Task Relationships_read_back_with_evidence_and_fuzzy_dates()
    {
        var store = await SampleStoreAsync();
        var batch = SampleGraph.Build();

        var relationships = await store.GetRelationshipsAsync([.. batch.Relationships.Select(r => r.Id), "r99"]);

        relationships.Should().HaveCount(batch.Relationships.Count);
        foreach (var expected in batch.Relationships)
        {
            relationships[expected.Id].Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        }

        relationships["r05"].Date!.Value.Precision.Should().Be(Domain.Time.DatePrecision.Period);
        relationships["r01"].Date!.Value.End.Should().Be(new DateOnly(2023, 11, 30));
        relationships["r06"].Date.Should().BeNull();
    }

    [Fact]
    public async Task Documents_events_and_affiliations_read_back_as_imported()
    {
        var store = await SampleStoreAsync();
        var batch = SampleGraph.Build();

        var documents = await store.GetDocumentsAsync([SampleGraph.Ap, SampleGraph.Cnn, "doc-none"]);
        var events = await store.GetEventsAsync(["doha-talks", "no-event"]);
        var burns = await store.GetAffiliationsAsync(["burns"]);
        var qatar = await store.GetAffiliationsAsync(["qatar"]);
        var both = await store.GetAffiliationsAsync(["united-states", "al-thani", "nobody"]);

        documents.Values.Should().BeEquivalentTo(batch.Documents);
        events.Values.Should().BeEquivalentTo(batch.Events, o => o.WithStrictOrdering());
        burns.Should().BeEquivalentTo(batch.Affiliations.Where(a => a.Id == "burns-cia"));
        qatar.Should().BeEquivalentTo(batch.Affiliations.Where(a => a.Id == "al-thani-pm"));
        both.Select(a => a.Id).Should().BeEquivalentTo("al-thani-pm", "burns-cia");
    }

    [Fact]
    public async Task Importing_the_same_batch_again_changes_and_audits_nothing()
    {
        var store = await SampleStoreAsync();
        var batch = SampleGraph.Build();
        var auditBefore = await store.GetChangesAsync(null, null, 1000);
        var statsBefore = await store.GetStatsAsync();

        var again = await store.ImportAsync(batch, At(Now.AddHours(1)));

        again.Should().Be(new ImportResult(0, 0, again.Total));
        again.Total.Should().Be(auditBefore.Count);
        (await store.GetChangesAsync(null, null, 1000)).Should().BeEquivalentTo(auditBefore);
        (await store.GetStatsAsync()).Should().BeEquivalentTo(statsBefore);
        (await store.GetRelationshipsAsync(["r01"]))["r01"].Should().BeEquivalentTo(batch.Relationships[0]);
    }

    [Fact]
    public async Task Changed_records_count_as_updated_and_new_ones_as_inserted()
    {
        var store = await SampleStoreAsync();
        var batch = SampleGraph.Build();
        var changed = batch with
        {
            Actors = [.. batch.Actors.Select(a => a.Id == "egypt" ? a with { Description = "Mediator in Cairo" } : a)],
            Relationships = [.. batch.Relationships.Select(r => r.Id == "r01" ? r with { Confidence = 0.4, Modality = Modality.Completed } : r)],
        };
        var extra = new GraphBuilder().Actor("jordan", "Jordan", ActorKind.State, "JOR").Build();

        var result = await store.ImportAsync(changed.Concat(extra), Context);

        result.Inserted.Should().Be(1);
        result.Updated.Should().Be(2);
        result.Unchanged.Should().Be(result.Total - 3);
        (await store.GetActorsAsync(["egypt"]))["egypt"].Description.Should().Be("Mediator in Cairo");
        var r01 = (await store.GetRelationshipsAsync(["r01"]))["r01"];
        r01.Confidence.Should().Be(0.4);
        r01.Modality.Should().Be(Modality.Completed);
    }

    [Fact]
    public async Task Replacing_an_actor_replaces_its_aliases()
    {
        var store = await SampleStoreAsync();
        var qatar = SampleGraph.Build().Actors.Single(a => a.Id == "qatar");

        await store.ImportAsync(new GraphBatch { Actors = [qatar with { Aliases = ["Dawlat Qatar", "Qatari government"] }] }, Context);
        await store.ImportAsync(new GraphBatch { Actors = [qatar with { Id = "qatar-2", Name = "Qatar 2", Aliases = ["State of Qatar"] }] }, Context);

        (await store.GetActorsAsync(["qatar"]))["qatar"].Aliases.Should().Equal("Dawlat Qatar", "Qatari government");
        (await store.GetActorsAsync(["qatar-2"]))["qatar-2"].Aliases.Should().Equal("State of Qatar");
    }

    [Fact]
    public async Task A_later_batch_may_refer_to_records_an_earlier_one_stored()
    {
        var store = await SampleStoreAsync();
        var later = new GraphBuilder()
            .Document("doc-later", new DateOnly(2024, 4, 1))
            .Relationship("r20", "CONDEMNS", "egypt", "israel", "2024-03-30", documentId: "doc-later")
            .Relationship("r21", "MEETS", "burns", "al-thani", "2024-03-19", eventId: "doha-talks", documentId: "doc-later")
            .Build();

        var result = await store.ImportAsync(later, Context);

        result.Inserted.Should().Be(3);
        (await store.GetRelationshipsAsync(["r20", "r21"])).Values.Should().BeEquivalentTo(later.Relationships);
    }
}

using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Storage.Contract;

/// <summary>Unknown records, uniqueness and atomicity: a failing write leaves the store exactly as it was.</summary>
public abstract class ErrorContract : GraphStoreContract
{
    private static readonly Evidence Quote = new(SampleGraph.Cnn, "Doha talks resume", 0, 17);

    [Fact]
    public async Task A_relationship_to_an_unknown_actor_is_not_found()
    {
        var store = await SampleStoreAsync();
        var change = new UpsertRelationship(Relationship("r50", "qatar", "atlantis"));

        var apply = () => ApplyAsync(store, change);

        (await apply.Should().ThrowAsync<NotFoundException>()).Which.Message.Should().Contain("atlantis");
    }

    [Fact]
    public async Task Evidence_from_an_unknown_document_or_an_unknown_event_is_not_found()
    {
        var store = await SampleStoreAsync();

        var document = () => ApplyAsync(store, new UpsertRelationship(Relationship("r51", "qatar", "egypt") with { Evidence = [Quote with { DocumentId = "doc-missing" }] }));
        var @event = () => ApplyAsync(store, new UpsertRelationship(Relationship("r52", "qatar", "egypt") with { EventId = "no-such-event" }));

        await document.Should().ThrowAsync<NotFoundException>();
        await @event.Should().ThrowAsync<NotFoundException>();
    }

    [Theory]
    [InlineData("retract")]
    [InlineData("merge-survivor")]
    [InlineData("merge-merged")]
    [InlineData("undo")]
    public async Task Changes_naming_unknown_records_are_not_found(string kind)
    {
        var store = await SampleStoreAsync();
        GraphChange change = kind switch
        {
            "retract" => new RetractRelationship("r99", "no such claim"),
            "merge-survivor" => new MergeActors("atlantis", "qatar"),
            "merge-merged" => new MergeActors("qatar", "atlantis"),
            _ => new UndoMerge("atlantis"),
        };

        var apply = () => ApplyAsync(store, change);

        await apply.Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task Undoing_a_merge_that_did_not_happen_is_a_conflict()
    {
        var store = await SampleStoreAsync();
        await ApplyAsync(store, new MergeActors("qatar", "egypt"), new UndoMerge("egypt"));

        var never = () => ApplyAsync(store, new UndoMerge("israel"));
        var twice = () => ApplyAsync(store, new UndoMerge("egypt"));

        await never.Should().ThrowAsync<ConflictException>();
        await twice.Should().ThrowAsync<ConflictException>();
    }

    [Fact]
    public async Task Merging_an_actor_twice_or_into_a_merged_actor_is_a_conflict()
    {
        var store = await SampleStoreAsync();
        await ApplyAsync(store, new MergeActors("qatar", "egypt"));

        var twice = () => ApplyAsync(store, new MergeActors("israel", "egypt"));
        var intoMerged = () => ApplyAsync(store, new MergeActors("egypt", "israel"));

        await twice.Should().ThrowAsync<ConflictException>();
        await intoMerged.Should().ThrowAsync<ConflictException>();
    }

    [Fact]
    public async Task An_alias_claimed_by_a_second_actor_is_a_conflict()
    {
        var store = await SampleStoreAsync();
        var rival = new Actor { Id = "qatar-embassy", Name = "Embassy of Qatar", Kind = ActorKind.Agency, Aliases = ["state of qatar"] };

        var apply = () => ApplyAsync(store, new UpsertActor(rival));
        var import = () => store.ImportAsync(new GraphBatch { Actors = [rival] }, Context);

        (await apply.Should().ThrowAsync<ConflictException>()).Which.Message.Should().Contain("qatar");
        await import.Should().ThrowAsync<ConflictException>();
        (await store.GetActorsAsync(["qatar-embassy"])).Should().BeEmpty();
    }

    [Fact]
    public async Task Two_actors_of_one_batch_claiming_one_alias_is_a_conflict()
    {
        var store = await NewStoreAsync();
        var batch = new GraphBuilder()
            .Actor("one", "One", ActorKind.State, null, "The Same")
            .Actor("two", "Two", ActorKind.State, null, "the same")
            .Build();

        var import = () => store.ImportAsync(batch, Context);

        await import.Should().ThrowAsync<ConflictException>();
        (await store.GetStatsAsync()).Actors.Should().Be(0);
    }

    [Fact]
    public async Task A_batch_holding_an_id_twice_is_a_conflict()
    {
        var store = await NewStoreAsync();
        var batch = new GraphBuilder().Actor("one", "One").Actor("one", "Another One").Build();

        var import = () => store.ImportAsync(batch, Context);

        await import.Should().ThrowAsync<ConflictException>();
    }

    [Fact]
    public async Task Retracting_twice_is_a_conflict()
    {
        var store = await SampleStoreAsync();
        await ApplyAsync(store, new RetractRelationship("r01", "wrong"));

        var again = () => ApplyAsync(store, new RetractRelationship("r01", "still wrong"));

        await again.Should().ThrowAsync<ConflictException>();
    }

    [Fact]
    public async Task A_failing_change_list_leaves_the_store_unchanged()
    {
        var store = await SampleStoreAsync();
        var before = await SnapshotAsync(store);
        var jordan = new Actor { Id = "jordan", Name = "Jordan", Kind = ActorKind.State, Aliases = ["Hashemite Kingdom"] };

        var apply = () => ApplyAsync(
            store,
            new UpsertActor(jordan),
            new UpsertRelationship(Relationship("r40", "jordan", "qatar")),
            new RetractRelationship("r01", "superseded"),
            new MergeActors("qatar", "egypt"),
            new UpsertRelationship(Relationship("r41", "jordan", "atlantis")));

        await apply.Should().ThrowAsync<NotFoundException>();
        (await SnapshotAsync(store)).Should().BeEquivalentTo(before);
        (await store.GetActorsAsync(["jordan"])).Should().BeEmpty();
        (await store.FindActorsAsync(new ActorQuery { Search = "hashemite" })).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task A_failing_import_leaves_the_store_unchanged()
    {
        var store = await SampleStoreAsync();
        var before = await SnapshotAsync(store);
        var batch = new GraphBuilder()
            .Actor("jordan", "Jordan")
            .Relationship("r42", "MEETS", "jordan", "qatar", "2024-04-01")
            .Relationship("r43", "MEETS", "jordan", "atlantis", "2024-04-01")
            .Build();

        var import = () => store.ImportAsync(batch, Context);

        await import.Should().ThrowAsync<NotFoundException>();
        (await SnapshotAsync(store)).Should().BeEquivalentTo(before);
        (await store.GetDocumentsAsync([GraphBuilder.DefaultDocumentId])).Should().BeEmpty();
    }

    private static Relationship Relationship(string id, string source, string target) => new()
    {
        Id = id,
        Type = "MEETS",
        SourceId = source,
        TargetId = target,
        ReportedOn = new DateOnly(2024, 3, 20),
        Evidence = [Quote],
    };

    private static async Task<object> SnapshotAsync(IGraphStore store)
    {
        var ids = SampleGraph.Build().Actors.Select(a => a.Id).ToList();
        return new
        {
            Stats = await store.GetStatsAsync(),
            Actors = await store.GetActorsAsync(ids),
            Edges = await store.GetEdgesAsync(ids, new EdgeFilter { IncludeRetracted = true }),
            Relationships = await store.GetRelationshipsAsync(["r01", "r02", "r03", "r04", "r05", "r06", "r07", "r08"]),
            Trail = await store.GetChangesAsync(null, null, 1000),
        };
    }
}

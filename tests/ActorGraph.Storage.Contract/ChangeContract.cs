using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Storage.Contract;

/// <summary>
/// Applying changes and the audit trail. The trail's words are shared by every store: operations
/// <c>Insert</c>, <c>Update</c>, <c>Retract</c>, <c>Merge</c>, <c>UndoMerge</c>; entity kinds <c>Actor</c>,
/// <c>Document</c>, <c>Affiliation</c>, <c>Event</c>, <c>Relationship</c>.
/// </summary>
public abstract class ChangeContract : GraphStoreContract
{
    private static readonly Actor Jordan = new() { Id = "jordan", Name = "Jordan", Kind = ActorKind.State, Country = "JOR", Aliases = ["Hashemite Kingdom"] };

    [Fact]
    public async Task Upserts_insert_then_replace_and_are_audited_with_who_when_and_request()
    {
        var store = await SampleStoreAsync();
        var later = At(Now.AddMinutes(5), "editor");

        await ApplyAsync(store, new UpsertActor(Jordan));
        await store.ApplyAsync([new UpsertActor(Jordan with { Description = "Kingdom east of the Jordan" })], later);

        (await store.GetActorsAsync(["jordan"]))["jordan"].Description.Should().Be("Kingdom east of the Jordan");
        var trail = await store.GetChangesAsync(null, "jordan", 10);
        trail.Select(c => (c.Operation, c.EntityKind, c.EntityId, c.Who, c.At, c.RequestId)).Should().Equal(
            ("Insert", "Actor", "jordan", Context.Who, Now, Context.RequestId),
            ("Update", "Actor", "jordan", "editor", later.At, later.RequestId));
        trail[0].ActorIds.Should().Equal("jordan");
        trail[1].Sequence.Should().BeGreaterThan(trail[0].Sequence);
    }

    [Fact]
    public async Task Every_kind_of_record_can_be_upserted()
    {
        var store = await SampleStoreAsync();
        var document = new Document { Id = "doc-new", Title = "Statement", PublishedOn = new DateOnly(2024, 4, 1), Text = "Jordan hosts Egypt in Amman.", Kind = DocumentKind.Statement };
        var evidence = new Evidence("doc-new", "Jordan hosts Egypt", 0, 18);
        var affiliation = new Affiliation { Id = "egypt-in-jordan", MemberId = "egypt", OrganisationId = "jordan", Type = "MEMBER_OF", Evidence = [evidence] };
        var @event = new Event { Id = "amman-summit", Name = "Amman summit", Kind = EventKind.Summit, Participants = [new EventParticipant("jordan", ParticipantRole.Host)], Evidence = [evidence] };
        var relationship = new Relationship { Id = "r30", Type = "HOSTS", SourceId = "jordan", TargetId = "egypt", ReportedOn = new DateOnly(2024, 4, 1), EventId = "amman-summit", Evidence = [evidence] };

        await ApplyAsync(
            store,
            new UpsertDocument(document),
            new UpsertActor(Jordan),
            new UpsertAffiliation(affiliation),
            new UpsertEvent(@event),
            new UpsertRelationship(relationship));

        (await store.GetDocumentsAsync(["doc-new"]))["doc-new"].Should().BeEquivalentTo(document);
        (await store.GetAffiliationsAsync(["jordan"])).Should().ContainSingle().Which.Should().BeEquivalentTo(affiliation);
        (await store.GetEventsAsync(["amman-summit"]))["amman-summit"].Should().BeEquivalentTo(@event);
        (await store.GetRelationshipsAsync(["r30"]))["r30"].Should().BeEquivalentTo(relationship);
        var trail = await store.GetChangesAsync(Now, null, 100);
        trail.TakeLast(5).Select(c => c.EntityKind).Should().Equal("Document", "Actor", "Affiliation", "Event", "Relationship");
    }

    [Fact]
    public async Task Import_audits_each_record_it_stores()
    {
        var store = await NewStoreAsync();
        var batch = SampleGraph.Build();

        await store.ImportAsync(batch, Context);

        var trail = await store.GetChangesAsync(null, null, 1000);
        trail.Should().HaveCount(batch.Documents.Count + batch.Actors.Count + batch.Affiliations.Count + batch.Events.Count + batch.Relationships.Count);
        trail.Should().OnlyContain(c => c.Operation == "Insert" && c.Who == Context.Who && c.RequestId == Context.RequestId);
        var r05 = trail.Single(c => c.EntityId == "r05");
        r05.EntityKind.Should().Be("Relationship");
        r05.ActorIds.Should().BeEquivalentTo("burns", "al-thani");
    }

    [Fact]
    public async Task The_trail_reads_oldest_first_from_a_time_for_an_actor_up_to_a_limit()
    {
        var store = await SampleStoreAsync();
        var t1 = Now.AddDays(1);
        var t2 = Now.AddDays(2);
        await store.ApplyAsync([new RetractRelationship("r01", "first")], At(t1));
        await store.ApplyAsync([new RetractRelationship("r02", "second"), new RetractRelationship("r03", "third")], At(t2));

        var fromT1 = await store.GetChangesAsync(t1, null, 10);
        var fromT2ForQatar = await store.GetChangesAsync(t2, "qatar", 10);
        var firstOnly = await store.GetChangesAsync(t1, null, 1);

        fromT1.Select(c => c.EntityId).Should().Equal("r01", "r02", "r03");
        fromT1.Should().OnlyContain(c => c.Operation == "Retract" && c.EntityKind == "Relationship");
        fromT2ForQatar.Select(c => c.EntityId).Should().Equal("r02");
        fromT2ForQatar[0].ActorIds.Should().BeEquivalentTo("qatar", "israel");
        firstOnly.Select(c => c.EntityId).Should().Equal("r01");
    }

    [Fact]
    public async Task Merge_folds_the_merged_actor_into_the_survivor()
    {
        var store = await StoreWithPolitburoAsync();

        await ApplyAsync(store, new MergeActors("hamas", "hamas-politburo"));

        var actors = await store.GetActorsAsync(["hamas-politburo", "hamas"]);
        actors["hamas-politburo"].Id.Should().Be("hamas");
        actors["hamas"].Aliases.Should().BeEquivalentTo("Islamic Resistance Movement", "Hamas Political Bureau", "Politburo");
        (await store.GetEdgesAsync(["hamas-politburo"], EdgeFilter.All)).Should().BeEquivalentTo(await store.GetEdgesAsync(["hamas"], EdgeFilter.All));
        (await store.CountNeighboursAsync(["hamas-politburo"], [], EdgeFilter.All, 10)).Should().BeEquivalentTo(await store.CountNeighboursAsync(["hamas"], [], EdgeFilter.All, 10));
        (await store.GetRelationshipsAsync(["r10"]))["r10"].TargetId.Should().Be("hamas");
        (await store.GetAffiliationsAsync(["hamas"])).Select(a => a.Id).Should().Equal("haniyeh-politburo");
        (await store.GetEventsAsync(["cairo-round"]))["cairo-round"].Participants.Select(p => p.ActorId).Should().Equal("egypt", "hamas");
        (await store.FindActorsAsync(new ActorQuery { Search = "politburo" })).Items.Select(a => a.Id).Should().Equal("hamas");
        (await store.FindActorsAsync(new ActorQuery())).Items.Select(a => a.Id).Should().NotContain("hamas-politburo");
        (await store.FindRelationshipsAsync(new RelationshipQuery { ActorIds = ["hamas-politburo"], CounterpartIds = ["qatar"] })).Items.Select(r => r.Id).Should().Equal("r01", "r10");
        var trail = await store.GetChangesAsync(null, "hamas-politburo", 100);
        trail[^1].Operation.Should().Be("Merge");
        trail[^1].ActorIds.Should().BeEquivalentTo("hamas", "hamas-politburo");
    }

    [Fact]
    public async Task Undoing_a_merge_restores_exactly_what_moved()
    {
        var store = await StoreWithPolitburoAsync();
        var ids = new[] { "hamas", "hamas-politburo", "qatar", "haniyeh", "egypt" };
        var actorsBefore = await store.GetActorsAsync(ids);
        var edgesBefore = await store.GetEdgesAsync(ids, EdgeFilter.All);
        var affiliationsBefore = await store.GetAffiliationsAsync(ids);
        var eventBefore = await store.GetEventsAsync(["cairo-round"]);
        var statsBefore = await store.GetStatsAsync();

        await ApplyAsync(store, new MergeActors("hamas", "hamas-politburo"));
        await ApplyAsync(store, new UndoMerge("hamas-politburo"));

        (await store.GetActorsAsync(ids)).Should().BeEquivalentTo(actorsBefore, o => o.WithStrictOrdering());
        (await store.GetEdgesAsync(ids, EdgeFilter.All)).Should().Equal(edgesBefore);
        (await store.GetAffiliationsAsync(ids)).Should().BeEquivalentTo(affiliationsBefore);
        (await store.GetEventsAsync(["cairo-round"])).Should().BeEquivalentTo(eventBefore, o => o.WithStrictOrdering());
        (await store.GetStatsAsync()).Should().BeEquivalentTo(statsBefore);
        (await store.FindActorsAsync(new ActorQuery { Search = "politburo" })).Items.Select(a => a.Id).Should().Equal("hamas-politburo");
        (await store.GetChangesAsync(null, "hamas-politburo", 100))[^1].Operation.Should().Be("UndoMerge");
    }

    [Fact]
    public async Task A_merge_and_its_undo_may_share_one_change_list()
    {
        var store = await StoreWithPolitburoAsync();
        var before = await store.GetActorsAsync(["hamas", "hamas-politburo"]);

        await ApplyAsync(store, new MergeActors("hamas", "hamas-politburo"), new UndoMerge("hamas-politburo"), new MergeActors("qatar", "egypt"));

        (await store.GetActorsAsync(["hamas", "hamas-politburo"])).Should().BeEquivalentTo(before);
        (await store.GetActorsAsync(["egypt"]))["egypt"].Id.Should().Be("qatar");
    }

    [Fact]
    public async Task Edges_between_two_sets_resolve_merged_ids_on_both_sides()
    {
        var store = await StoreWithPolitburoAsync();

        await ApplyAsync(store, new MergeActors("hamas", "hamas-politburo"));

        (await store.GetEdgesBetweenAsync(["qatar"], ["hamas-politburo"], EdgeFilter.All)).Select(e => e.RelationshipId).Should().Equal("r01", "r10");
        (await store.GetEdgesBetweenAsync(["hamas-politburo"], ["qatar"], EdgeFilter.All)).Select(e => e.RelationshipId).Should().Equal("r01", "r10");
    }

    /// <summary>The sample graph plus an actor that should have been Hamas, with a relationship, an affiliation and an event of its own.</summary>
    private async Task<IGraphStore> StoreWithPolitburoAsync()
    {
        var store = await SampleStoreAsync();
        var extra = new GraphBuilder()
            .Document("doc-politburo", new DateOnly(2024, 2, 1))
            .Actor("hamas-politburo", "Hamas Political Bureau", ActorKind.ArmedGroup, null, "Politburo")
            .Actor("haniyeh", "Ismail Haniyeh", ActorKind.Person, null)
            .Affiliation("haniyeh-politburo", "haniyeh", "hamas-politburo", "LEADS", "Chairman", null, "doc-politburo")
            .Event("cairo-round", "Cairo round", "2024-02-01", EventKind.Talks, "Cairo", "doc-politburo", ("egypt", ParticipantRole.Mediator), ("hamas-politburo", ParticipantRole.Party))
            .Relationship("r10", "NEGOTIATES_WITH", "qatar", "hamas-politburo", "2024-02-01", documentId: "doc-politburo")
            .Build();
        await store.ImportAsync(extra, Context);
        return store;
    }

    [Fact]
    public async Task The_trails_of_many_actors_are_each_actors_trail_up_to_the_limit()
    {
        var store = await SampleStoreAsync();
        await ApplyAsync(store, new UpsertActor(Jordan));
        await store.ApplyAsync([new UpsertActor(Jordan with { Description = "Kingdom east of the Jordan" })], At(Now.AddMinutes(5), "editor"));

        var trails = await store.GetChangesOfActorsAsync(["jordan", "qatar", "nobody"], 2);

        trails.Keys.Should().BeEquivalentTo("jordan", "qatar");
        foreach (var actor in new[] { "jordan", "qatar" })
        {
            trails[actor].Should().BeEquivalentTo(await store.GetChangesAsync(null, actor, 2), o => o.WithStrictOrdering());
        }
    }
}

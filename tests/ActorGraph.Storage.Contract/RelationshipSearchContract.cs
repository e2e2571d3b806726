using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Storage.Contract;

/// <summary>Finding full relationships: the edge filter, the actors and counterparts they touch, their event.</summary>
public abstract class RelationshipSearchContract : GraphStoreContract
{
    [Fact]
    public async Task Without_criteria_every_live_relationship_comes_by_date()
    {
        var store = await SampleStoreAsync();

        var page = await store.FindRelationshipsAsync(new RelationshipQuery());

        page.Items.Select(r => r.Id).Should().Equal("r08", "r01", "r02", "r06", "r04", "r03", "r05", "r07");
        page.Items.Should().BeEquivalentTo(SampleGraph.Build().Relationships);
        page.TotalCount.Should().Be(8);
    }

    [Theory]
    [InlineData(Direction.Any, new[] { "r01" })]
    [InlineData(Direction.Out, new string[0])]
    [InlineData(Direction.In, new[] { "r01" })]
    public async Task Counterparts_keep_relationships_whose_other_end_is_one_of_them(Direction direction, string[] expected)
    {
        var store = await SampleStoreAsync();

        var page = await store.FindRelationshipsAsync(new RelationshipQuery
        {
            ActorIds = ["hamas"],
            CounterpartIds = ["qatar", "burns"],
            Filter = new EdgeFilter { Direction = direction },
        });

        page.Items.Select(r => r.Id).Should().Equal(expected);
    }

    [Fact]
    public async Task Actors_and_filter_combine()
    {
        var store = await SampleStoreAsync();

        var page = await store.FindRelationshipsAsync(new RelationshipQuery
        {
            ActorIds = ["israel", "qatar"],
            Filter = new EdgeFilter { DocumentId = SampleGraph.Ap, Direction = Direction.Out },
            OrderBy = RelationshipOrder.Id,
        });

        page.Items.Select(r => r.Id).Should().Equal("r01", "r02", "r06");
    }

    [Fact]
    public async Task Event_keeps_the_relationships_of_that_event()
    {
        var store = await SampleStoreAsync();

        var page = await store.FindRelationshipsAsync(new RelationshipQuery { EventId = "doha-talks" });

        page.Items.Select(r => r.Id).Should().Equal("r05");
    }

    [Fact]
    public async Task Retracted_relationships_keep_their_reason_and_show_only_when_asked()
    {
        var store = await SampleStoreAsync();
        await ApplyAsync(store, new RetractRelationship("r04", "the officials withdrew the claim"));

        var hidden = await store.FindRelationshipsAsync(new RelationshipQuery { ActorIds = ["qatar"] });
        var shown = await store.FindRelationshipsAsync(new RelationshipQuery { ActorIds = ["qatar"], Filter = new EdgeFilter { IncludeRetracted = true } });
        var r04 = (await store.GetRelationshipsAsync(["r04"]))["r04"];

        hidden.Items.Select(r => r.Id).Should().Equal("r01", "r02");
        hidden.TotalCount.Should().Be(2);
        shown.Items.Select(r => r.Id).Should().Equal("r01", "r02", "r04");
        r04.Retraction.Should().Be(new Retraction("the officials withdrew the claim", Now, Context.Who));
    }

    [Fact]
    public async Task Reimporting_keeps_a_retraction()
    {
        var store = await SampleStoreAsync();
        await ApplyAsync(store, new RetractRelationship("r04", "duplicate of another claim"));

        var result = await store.ImportAsync(SampleGraph.Build(), Context);

        result.Inserted.Should().Be(0);
        result.Updated.Should().Be(0);
        (await store.GetRelationshipsAsync(["r04"]))["r04"].Retraction.Should().NotBeNull();
        (await store.GetEdgesAsync(["united-states"], EdgeFilter.All)).Select(e => e.RelationshipId).Should().Equal("r08");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_relationships_citing_many_documents_are_those_each_document_filter_finds(bool includeRetracted)
    {
        var store = await SampleStoreAsync();
        await ApplyAsync(store, new RetractRelationship("r04", "the officials withdrew the claim"));

        var citing = await store.GetRelationshipsCitingAsync([SampleGraph.Ap, SampleGraph.Cnn, "doc-unknown"], includeRetracted);

        citing.Keys.Should().BeEquivalentTo(SampleGraph.Ap, SampleGraph.Cnn);
        foreach (var document in new[] { SampleGraph.Ap, SampleGraph.Cnn })
        {
            var found = await store.FindRelationshipsAsync(new RelationshipQuery
            {
                Filter = new EdgeFilter { DocumentId = document, IncludeRetracted = includeRetracted },
                Page = new PageRequest(PageRequest.MaxPageSize),
            });
            citing[document].Should().BeEquivalentTo(found.Items);
        }
    }
}

using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Storage.Contract;

/// <summary>The batched edge read: the edges around many actors at once, each once, by relationship id, filtered.</summary>
public abstract class EdgeContract : GraphStoreContract
{
    [Theory]
    [InlineData(Direction.Any, new[] { "r01", "r02", "r04" })]
    [InlineData(Direction.Out, new[] { "r01", "r02" })]
    [InlineData(Direction.In, new[] { "r04" })]
    public async Task Direction_is_taken_literally(Direction direction, string[] expected)
    {
        var store = await SampleStoreAsync();

        var edges = await store.GetEdgesAsync(["qatar"], new EdgeFilter { Direction = direction });

        edges.Select(e => e.RelationshipId).Should().Equal(expected);
    }

    [Fact]
    public async Task Edges_of_many_actors_come_once_each_ordered_by_relationship_id()
    {
        var store = await SampleStoreAsync();

        var edges = await store.GetEdgesAsync(["qatar", "hamas", "hamas", "nobody"], EdgeFilter.All);

        edges.Select(e => e.RelationshipId).Should().Equal("r01", "r02", "r03", "r04", "r06", "r07");
    }

    [Fact]
    public async Task An_edge_carries_the_claim_summary()
    {
        var store = await SampleStoreAsync();

        var edge = (await store.GetEdgesAsync(["burns"], EdgeFilter.All)).Single();

        edge.Should().Be(new Edge(
            "r05",
            "MEETS",
            "burns",
            "al-thani",
            FuzzyDate.Period(new DateOnly(2024, 3, 18), new DateOnly(2024, 3, 20)),
            new DateOnly(2024, 3, 20),
            Modality.Completed,
            1.0,
            1));
    }

    [Fact]
    public async Task No_ids_or_unknown_ids_give_no_edges()
    {
        var store = await SampleStoreAsync();

        (await store.GetEdgesAsync([], EdgeFilter.All)).Should().BeEmpty();
        (await store.GetEdgesAsync(["nobody"], EdgeFilter.All)).Should().BeEmpty();
    }

    [Fact]
    public async Task Type_filter_keeps_the_given_types()
    {
        var store = await SampleStoreAsync();

        var edges = await store.GetEdgesAsync(["hamas"], new EdgeFilter { Types = new HashSet<string> { "MEDIATES", "REJECTS" } });

        edges.Select(e => e.RelationshipId).Should().Equal("r01", "r03", "r07");
    }

    [Theory]
    [InlineData("2024-03-01", "2024-03-31", new[] { "r03", "r07" })]
    [InlineData("2023-11-15", "2023-11-15", new[] { "r01" })]
    [InlineData(null, "2023-11-28", new[] { "r01", "r06" })]
    [InlineData("2024-03-19", null, new[] { "r07" })]
    public async Task Window_keeps_edges_whose_date_or_else_reported_day_overlaps_it(string? from, string? to, string[] expected)
    {
        var store = await SampleStoreAsync();
        var window = new DateWindow(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var edges = await store.GetEdgesAsync(["hamas"], new EdgeFilter { Window = window });

        edges.Select(e => e.RelationshipId).Should().Equal(expected);
    }

    [Fact]
    public async Task A_fuzzy_date_overlaps_a_window_inside_its_span()
    {
        var store = await SampleStoreAsync();

        var edges = await store.GetEdgesAsync(["united-states"], new EdgeFilter { Window = new DateWindow(new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 1)) });

        edges.Select(e => e.RelationshipId).Should().Equal("r08");
    }

    [Fact]
    public async Task Modality_filter_keeps_the_given_modalities()
    {
        var store = await SampleStoreAsync();

        var edges = await store.GetEdgesAsync(["hamas", "burns"], new EdgeFilter { Modalities = new HashSet<Modality> { Modality.Denied, Modality.Completed } });

        edges.Select(e => e.RelationshipId).Should().Equal("r03", "r05", "r07");
    }

    [Fact]
    public async Task Minimum_confidence_is_inclusive()
    {
        var store = await SampleStoreAsync();

        var edges = await store.GetEdgesAsync(["qatar", "hamas"], new EdgeFilter { MinConfidence = 0.9 });

        edges.Select(e => e.RelationshipId).Should().Equal("r01", "r02", "r03", "r06");
    }

    [Fact]
    public async Task Document_filter_keeps_edges_with_evidence_from_that_document()
    {
        var store = await SampleStoreAsync();

        var edges = await store.GetEdgesAsync(["qatar", "hamas"], new EdgeFilter { DocumentId = SampleGraph.Cnn });

        edges.Select(e => e.RelationshipId).Should().Equal("r03", "r04", "r07");
    }

    [Fact]
    public async Task Filters_combine()
    {
        var store = await SampleStoreAsync();
        var filter = new EdgeFilter
        {
            Types = new HashSet<string> { "MEDIATES" },
            Direction = Direction.In,
            Window = new DateWindow(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)),
            MinConfidence = 0.5,
        };

        var edges = await store.GetEdgesAsync(["hamas", "israel"], filter);

        edges.Select(e => e.RelationshipId).Should().Equal("r01", "r02");
    }

    [Fact]
    public async Task Retracted_edges_are_hidden_unless_asked_for()
    {
        var store = await SampleStoreAsync();
        await ApplyAsync(store, new RetractRelationship("r03", "misread the source"));

        var hidden = await store.GetEdgesAsync(["hamas"], EdgeFilter.All);
        var shown = await store.GetEdgesAsync(["hamas"], new EdgeFilter { IncludeRetracted = true });

        hidden.Select(e => e.RelationshipId).Should().Equal("r01", "r06", "r07");
        shown.Select(e => e.RelationshipId).Should().Equal("r01", "r03", "r06", "r07");
    }

    [Theory]
    [InlineData(Direction.Any, new[] { "r01", "r06", "r07" })]
    [InlineData(Direction.Out, new[] { "r07" })]
    [InlineData(Direction.In, new[] { "r01", "r06" })]
    public async Task Edges_between_two_sets_join_one_to_the_other_once_each_by_relationship_id(Direction direction, string[] expected)
    {
        var store = await SampleStoreAsync();

        var edges = await store.GetEdgesBetweenAsync(["hamas", "hamas"], ["israel", "qatar", "nobody"], new EdgeFilter { Direction = direction });

        edges.Select(e => e.RelationshipId).Should().Equal(expected);
    }

    [Fact]
    public async Task Edges_between_two_sets_pass_the_filter_and_carry_the_claim_summary()
    {
        var store = await SampleStoreAsync();

        var edges = await store.GetEdgesBetweenAsync(["israel", "egypt"], ["hamas"], new EdgeFilter { Types = new HashSet<string> { "MEDIATES", "REJECTS" } });

        edges.Select(e => e.RelationshipId).Should().Equal("r03", "r07");
        edges[0].Should().Be((await store.GetEdgesAsync(["egypt"], EdgeFilter.All)).Single());
        (await store.GetEdgesBetweenAsync([], ["hamas"], EdgeFilter.All)).Should().BeEmpty();
        (await store.GetEdgesBetweenAsync(["qatar"], [], EdgeFilter.All)).Should().BeEmpty();
    }
}

using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Time;

namespace ActorGraph.Storage.Contract;

/// <summary>Finding actors: full-text search on names and aliases, filters, orders.</summary>
public abstract class ActorSearchContract : GraphStoreContract
{
    [Theory]
    [InlineData("qat", new[] { "qatar" })]
    [InlineData("Qatar", new[] { "qatar" })]
    [InlineData("QATAR", new[] { "qatar" })]
    [InlineData("sheikh", new[] { "al-thani" })]
    [InlineData("islamic resist", new[] { "hamas" })]
    [InlineData("bill", new[] { "burns" })]
    [InlineData("cote", new[] { "cote-divoire" })]
    [InlineData("Côte", new[] { "cote-divoire" })]
    [InlineData("usa", new[] { "united-states" })]
    [InlineData("united", new[] { "united-states" })]
    [InlineData("arab rep", new[] { "egypt" })]
    [InlineData("zzz", new string[0])]
    public async Task Search_matches_word_prefixes_of_names_and_aliases_ignoring_case_and_diacritics(string text, string[] expected)
    {
        var store = await SampleStoreAsync();

        var page = await store.FindActorsAsync(new ActorQuery { Search = text });

        page.Items.Select(a => a.Id).Should().BeEquivalentTo(expected);
        page.TotalCount.Should().Be(expected.Length);
    }

    [Fact]
    public async Task Search_returns_the_whole_actor()
    {
        var store = await SampleStoreAsync();

        var page = await store.FindActorsAsync(new ActorQuery { Search = "state of" });

        page.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(SampleGraph.Build().Actors.Single(a => a.Id == "qatar"));
    }

    [Fact]
    public async Task Search_text_is_not_a_query_language()
    {
        var store = await SampleStoreAsync();

        var page = await store.FindActorsAsync(new ActorQuery { Search = "\"Qatar\" OR (burns* NEAR" });

        page.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Blank_search_does_not_filter()
    {
        var store = await SampleStoreAsync();

        var page = await store.FindActorsAsync(new ActorQuery { Search = "  " });

        page.TotalCount.Should().Be(8);
    }

    [Fact]
    public async Task Kind_and_country_filters()
    {
        var store = await SampleStoreAsync();

        var people = await store.FindActorsAsync(new ActorQuery { Kinds = new HashSet<ActorKind> { ActorKind.Person } });
        var qatari = await store.FindActorsAsync(new ActorQuery { Countries = new HashSet<string> { "QAT" } });
        var americanPeople = await store.FindActorsAsync(new ActorQuery
        {
            Kinds = new HashSet<ActorKind> { ActorKind.Person },
            Countries = new HashSet<string> { "USA" },
        });

        people.Items.Select(a => a.Id).Should().Equal("al-thani", "burns");
        qatari.Items.Select(a => a.Id).Should().Equal("al-thani", "qatar");
        americanPeople.Items.Select(a => a.Id).Should().Equal("burns");
    }

    [Fact]
    public async Task Acts_as_keeps_sources_of_live_relationships_of_that_type()
    {
        var store = await SampleStoreAsync();
        await ApplyAsync(store, new RetractRelationship("r03", "wrong reading"));

        var mediators = await store.FindActorsAsync(new ActorQuery { ActsAs = "MEDIATES" });

        mediators.Items.Select(a => a.Id).Should().Equal("qatar");
    }

    [Fact]
    public async Task Active_in_keeps_actors_with_a_live_relationship_overlapping_the_window()
    {
        var store = await SampleStoreAsync();

        var november = await store.FindActorsAsync(new ActorQuery { ActiveIn = new DateWindow(new DateOnly(2023, 11, 1), new DateOnly(2023, 11, 30)) });

        november.Items.Select(a => a.Id).Should().Equal("hamas", "israel", "qatar", "united-states");
    }

    [Fact]
    public async Task Search_combines_with_filters()
    {
        var store = await SampleStoreAsync();

        var page = await store.FindActorsAsync(new ActorQuery { Search = "u", Kinds = new HashSet<ActorKind> { ActorKind.State } });

        page.Items.Select(a => a.Id).Should().Equal("united-states");
    }

    [Theory]
    [InlineData(ActorOrder.Name, SortDirection.Ascending, new[] { "cote-divoire", "egypt", "hamas", "israel", "al-thani", "qatar", "united-states", "burns" })]
    [InlineData(ActorOrder.Name, SortDirection.Descending, new[] { "burns", "united-states", "qatar", "al-thani", "israel", "hamas", "egypt", "cote-divoire" })]
    [InlineData(ActorOrder.Id, SortDirection.Ascending, new[] { "al-thani", "burns", "cote-divoire", "egypt", "hamas", "israel", "qatar", "united-states" })]
    [InlineData(ActorOrder.Degree, SortDirection.Ascending, new[] { "cote-divoire", "al-thani", "burns", "egypt", "united-states", "qatar", "hamas", "israel" })]
    [InlineData(ActorOrder.Degree, SortDirection.Descending, new[] { "israel", "hamas", "qatar", "united-states", "egypt", "burns", "al-thani", "cote-divoire" })]
    public async Task Orders_break_ties_by_id(ActorOrder order, SortDirection direction, string[] expected)
    {
        var store = await SampleStoreAsync();

        var page = await store.FindActorsAsync(new ActorQuery { OrderBy = order, Direction = direction });

        page.Items.Select(a => a.Id).Should().Equal(expected);
    }
}

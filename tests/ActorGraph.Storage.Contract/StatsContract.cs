using ActorGraph.Domain.Changes;

namespace ActorGraph.Storage.Contract;

/// <summary>Counts of what the store holds, without retracted relationships and merged actors.</summary>
public abstract class StatsContract : GraphStoreContract
{
    [Fact]
    public async Task An_empty_store_counts_nothing()
    {
        var store = await NewStoreAsync();

        var stats = await store.GetStatsAsync();

        stats.Actors.Should().Be(0);
        stats.Relationships.Should().Be(0);
        stats.RelationshipsByType.Should().BeEmpty();
        stats.EarliestDate.Should().BeNull();
        stats.LatestDate.Should().BeNull();
    }

    [Fact]
    public async Task Counts_records_types_and_date_span()
    {
        var store = await SampleStoreAsync();

        var stats = await store.GetStatsAsync();

        stats.Actors.Should().Be(8);
        stats.Relationships.Should().Be(8);
        stats.Evidence.Should().Be(8);
        stats.Documents.Should().Be(2);
        stats.Events.Should().Be(1);
        stats.Affiliations.Should().Be(2);
        stats.RelationshipsByType.Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["MEDIATES"] = 3,
            ["PRESSURES"] = 1,
            ["MEETS"] = 1,
            ["ATTACKS"] = 1,
            ["REJECTS"] = 1,
            ["SUPPORTS"] = 1,
        });
        stats.EarliestDate.Should().Be(new DateOnly(2023, 1, 1));
        stats.LatestDate.Should().Be(new DateOnly(2024, 3, 31));
    }

    [Fact]
    public async Task Retracted_relationships_and_merged_actors_do_not_count()
    {
        var store = await SampleStoreAsync();

        await ApplyAsync(store, new RetractRelationship("r04", "not in the source"), new MergeActors("al-thani", "burns"));
        var stats = await store.GetStatsAsync();

        stats.Actors.Should().Be(7);
        stats.Relationships.Should().Be(7);
        stats.Evidence.Should().Be(7);
        stats.RelationshipsByType.Should().NotContainKey("PRESSURES");
        stats.LatestDate.Should().Be(new DateOnly(2024, 3, 20));
    }
}

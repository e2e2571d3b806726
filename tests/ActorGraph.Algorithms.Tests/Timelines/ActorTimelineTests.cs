using ActorGraph.Algorithms.Tests.Support;
using ActorGraph.Algorithms.Timelines;
using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Algorithms.Tests.Timelines;

public sealed class ActorTimelineTests
{
    private static readonly GraphBuilder Graph = new GraphBuilder()
        .Relate("qatar", "MEDIATES", "hamas", "2024-03", id: "r-mar")
        .Relate("egypt", "MEETS", "qatar", "2023-11-24", id: "r-nov")
        .Relate("qatar", "HOSTS", "hamas", date: null, reportedOn: "2023-11-24", id: "r-undated")
        .Relate("us", "PRESSURES", "qatar", "2024-01-15", id: "r-jan")
        .Relate("israel", "ATTACKS", "gaza", "2023-10-27", id: "r-other");

    private static Task<TimelineResult> Read(EdgeFilter? filter = null, int limit = 500) =>
        new ActorTimeline(Graph.Build()).ReadAsync(new TimelineQuery { ActorId = "qatar", Filter = filter ?? EdgeFilter.All, Limit = limit });

    [Fact]
    public async Task Lists_the_actors_relationships_in_time_order_with_evidence_and_counterparts()
    {
        var result = await Read();

        result.Entries.Select(e => e.Relationship.Id).Should().Equal(new[] { "r-undated", "r-nov", "r-jan", "r-mar" }, "on the same effective day the one reported earlier comes first");
        result.Entries.Select(e => e.CounterpartId).Should().Equal("hamas", "egypt", "us", "hamas");
        result.Entries.Select(e => e.ActorIsSource).Should().Equal(true, false, false, true);
        result.Entries.Should().OnlyContain(e => e.Relationship.Evidence.Count == 1);
        result.Counterparts.Keys.Should().BeEquivalentTo("egypt", "hamas", "us");
        result.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task Filters_by_window_type_and_direction_reading_symmetric_types_both_ways()
    {
        var window = await Read(new EdgeFilter { Window = new DateWindow(new DateOnly(2024, 1, 1), null) });
        var types = await Read(new EdgeFilter { Types = new HashSet<string> { "MEDIATES", "HOSTS" } });
        var outward = await Read(new EdgeFilter { Direction = Direction.Out });

        window.Entries.Select(e => e.Relationship.Id).Should().Equal("r-jan", "r-mar");
        types.Entries.Select(e => e.Relationship.Id).Should().Equal("r-undated", "r-mar");
        outward.Entries.Select(e => e.Relationship.Id).Should().Equal("r-undated", "r-nov", "r-mar");
    }

    [Fact]
    public async Task Keeps_the_earliest_entries_under_the_limit_and_says_so()
    {
        var result = await Read(limit: 2);

        result.Entries.Select(e => e.Relationship.Id).Should().Equal("r-undated", "r-nov");
        result.Work.Truncation!.Reason.Should().Be(TruncationReason.ResultLimit);
    }

    [Fact]
    public async Task Rejects_an_unknown_actor_and_a_bad_limit()
    {
        await FluentActions.Awaiting(() => new ActorTimeline(Graph.Build()).ReadAsync(new TimelineQuery { ActorId = "nobody" })).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => Read(limit: 0)).Should().ThrowAsync<ValidationException>().WithMessage("limit*");
    }
}

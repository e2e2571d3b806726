using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Storage.Contract;

/// <summary>Keyset pagination: pages chain through end cursors without gaps or duplicates, in both directions.</summary>
public abstract class PaginationContract : GraphStoreContract
{
    private const int Count = 23;

    [Theory]
    [InlineData(ActorOrder.Name, SortDirection.Ascending)]
    [InlineData(ActorOrder.Name, SortDirection.Descending)]
    [InlineData(ActorOrder.Id, SortDirection.Ascending)]
    [InlineData(ActorOrder.Id, SortDirection.Descending)]
    [InlineData(ActorOrder.Degree, SortDirection.Ascending)]
    [InlineData(ActorOrder.Degree, SortDirection.Descending)]
    public async Task Actor_pages_chain_without_gaps_or_duplicates(ActorOrder order, SortDirection direction)
    {
        var (store, batch) = await ManyAsync();
        var degree = batch.Actors.ToDictionary(
            a => a.Id,
            a => batch.Relationships.Count(r => r.SourceId == a.Id) + batch.Relationships.Count(r => r.TargetId == a.Id));
        var sorted = order switch
        {
            ActorOrder.Name => batch.Actors.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal),
            ActorOrder.Id => batch.Actors.OrderBy(a => a.Id, StringComparer.Ordinal),
            _ => batch.Actors.OrderBy(a => degree[a.Id]).ThenBy(a => a.Id, StringComparer.Ordinal),
        };
        var expected = sorted.Select(a => a.Id).ToList();
        if (direction == SortDirection.Descending)
        {
            expected.Reverse();
        }

        var all = await ReadAllPagesAsync(page => store.FindActorsAsync(new ActorQuery { OrderBy = order, Direction = direction, Page = page }), Count);

        all.Select(a => a.Id).Should().Equal(expected);
    }

    [Theory]
    [InlineData(RelationshipOrder.Date, SortDirection.Ascending)]
    [InlineData(RelationshipOrder.Date, SortDirection.Descending)]
    [InlineData(RelationshipOrder.ReportedOn, SortDirection.Ascending)]
    [InlineData(RelationshipOrder.ReportedOn, SortDirection.Descending)]
    [InlineData(RelationshipOrder.Confidence, SortDirection.Ascending)]
    [InlineData(RelationshipOrder.Confidence, SortDirection.Descending)]
    [InlineData(RelationshipOrder.Id, SortDirection.Ascending)]
    [InlineData(RelationshipOrder.Id, SortDirection.Descending)]
    public async Task Relationship_pages_chain_without_gaps_or_duplicates(RelationshipOrder order, SortDirection direction)
    {
        var (store, batch) = await ManyAsync();
        var sorted = order switch
        {
            RelationshipOrder.Date => batch.Relationships.OrderBy(r => r.EffectiveDate),
            RelationshipOrder.ReportedOn => batch.Relationships.OrderBy(r => r.ReportedOn),
            RelationshipOrder.Confidence => batch.Relationships.OrderBy(r => r.Confidence),
            _ => batch.Relationships.OrderBy(_ => 0),
        };
        var expected = sorted.ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id).ToList();
        if (direction == SortDirection.Descending)
        {
            expected.Reverse();
        }

        var all = await ReadAllPagesAsync(page => store.FindRelationshipsAsync(new RelationshipQuery { OrderBy = order, Direction = direction, Page = page }), Count);

        all.Select(r => r.Id).Should().Equal(expected);
    }

    [Fact]
    public async Task Filtered_relationship_pages_count_only_what_passes()
    {
        var (store, batch) = await ManyAsync();
        var query = new RelationshipQuery { Filter = new EdgeFilter { Types = new HashSet<string> { "MEETS" } }, ActorIds = ["a01"] };
        var expected = batch.Relationships
            .Where(r => r.Type == "MEETS" && (r.SourceId == "a01" || r.TargetId == "a01"))
            .OrderBy(r => r.EffectiveDate).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.Id).ToList();

        var all = await ReadAllPagesAsync(page => store.FindRelationshipsAsync(query with { Page = page }), expected.Count, size: 2);

        expected.Should().NotBeEmpty();
        all.Select(r => r.Id).Should().Equal(expected);
    }

    [Fact]
    public async Task Event_and_document_pages_follow_date_then_id()
    {
        var (store, batch) = await ManyAsync();
        var events = batch.Events.OrderBy(e => e.Date!.Value.Start).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id);
        var documents = batch.Documents.OrderBy(d => d.PublishedOn).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id);

        var allEvents = await ReadAllPagesAsync(page => store.FindEventsAsync(new EventQuery { Page = page }), batch.Events.Count, size: 3);
        var allDocuments = await ReadAllPagesAsync(page => store.FindDocumentsAsync(new DocumentQuery { Page = page }), batch.Documents.Count, size: 3);

        allEvents.Select(e => e.Id).Should().Equal(events);
        allDocuments.Select(d => d.Id).Should().Equal(documents);
    }

    [Fact]
    public async Task Event_and_document_filters()
    {
        var (store, batch) = await ManyAsync();
        var window = new DateWindow(new DateOnly(2024, 2, 2), new DateOnly(2024, 2, 4));

        var withA02 = await store.FindEventsAsync(new EventQuery { ParticipantIds = ["a02"] });
        var inWindow = await store.FindEventsAsync(new EventQuery { Window = window });
        var published = await store.FindDocumentsAsync(new DocumentQuery { PublishedIn = window });

        withA02.Items.Select(e => e.Id).Should().Equal(batch.Events.Where(e => e.Participants.Any(p => p.ActorId == "a02")).OrderBy(e => e.Date!.Value.Start).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id));
        inWindow.Items.Select(e => e.Id).Should().Equal(batch.Events.Where(e => e.Date!.Value.Overlaps(window)).OrderBy(e => e.Date!.Value.Start).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id));
        inWindow.TotalCount.Should().Be(inWindow.Items.Count).And.BeGreaterThan(0);
        published.Items.Select(d => d.Id).Should().Equal(batch.Documents.Where(d => window.Contains(d.PublishedOn)).OrderBy(d => d.PublishedOn).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id));
        published.Items.Should().NotBeEmpty();
    }

    [Fact]
    public async Task An_empty_page_still_counts_and_says_whether_items_follow()
    {
        var (store, _) = await ManyAsync();

        var page = await store.FindActorsAsync(new ActorQuery { Page = new PageRequest(0) });

        page.Items.Should().BeEmpty();
        page.TotalCount.Should().Be(Count);
        page.HasNextPage.Should().BeTrue();
        page.EndCursor.Should().BeNull();
    }

    [Fact]
    public async Task The_last_page_says_nothing_follows()
    {
        var (store, _) = await ManyAsync();

        var page = await store.FindActorsAsync(new ActorQuery { Page = new PageRequest(Count) });

        page.Items.Should().HaveCount(Count);
        page.HasNextPage.Should().BeFalse();
        var after = await store.FindActorsAsync(new ActorQuery { Page = new PageRequest(5, page.EndCursor) });
        after.Items.Should().BeEmpty();
        after.HasNextPage.Should().BeFalse();
        after.TotalCount.Should().Be(Count);
    }

    [Fact]
    public async Task A_malformed_cursor_or_page_size_is_rejected()
    {
        var (store, _) = await ManyAsync();

        var cursor = () => store.FindRelationshipsAsync(new RelationshipQuery { Page = new PageRequest(5, "not a cursor") });
        var tooMany = () => store.FindActorsAsync(new ActorQuery { Page = new PageRequest(PageRequest.MaxPageSize + 1) });
        var negative = () => store.FindEventsAsync(new EventQuery { Page = new PageRequest(-1) });

        await cursor.Should().ThrowAsync<ValidationException>();
        await tooMany.Should().ThrowAsync<ValidationException>();
        await negative.Should().ThrowAsync<ValidationException>();
    }

    /// <summary>Reads every page of <paramref name="size"/> items, checking each page's count and cursor.</summary>
    protected static async Task<List<T>> ReadAllPagesAsync<T>(Func<PageRequest, Task<Page<T>>> fetch, int expectedTotal, int size = 5)
    {
        var all = new List<T>();
        string? after = null;
        for (var pages = 0; pages <= expectedTotal; pages++)
        {
            var page = await fetch(new PageRequest(size, after));
            page.TotalCount.Should().Be(expectedTotal);
            page.Items.Count.Should().BeLessThanOrEqualTo(size);
            all.AddRange(page.Items);
            if (!page.HasNextPage)
            {
                all.Should().HaveCount(expectedTotal);
                return all;
            }

            page.Items.Should().HaveCount(size);
            page.EndCursor.Should().NotBeNull();
            after = page.EndCursor;
        }

        throw new InvalidOperationException("The pages never ended.");
    }

    /// <summary>23 actors with repeated names, 23 relationships with repeated dates and confidences, 7 events and documents.</summary>
    private async Task<(IGraphStore Store, GraphBatch Batch)> ManyAsync()
    {
        var builder = new GraphBuilder();
        for (var d = 0; d < 7; d++)
        {
            builder.Document($"doc-{d}", new DateOnly(2024, 2, 1 + (d % 4)));
        }

        for (var i = 0; i < Count; i++)
        {
            builder.Actor($"a{i:00}", $"Actor {(char)('A' + (i * 5 % 7))}", ActorKind.State);
        }

        for (var i = 0; i < Count; i++)
        {
            builder.Relationship(
                $"r{(i * 7 % Count):00}",
                i % 3 == 0 ? "MEETS" : "SUPPORTS",
                $"a{i % 5:00}",
                $"a{(i * 3 + 1) % Count:00}",
                i % 4 == 0 ? null : $"2024-01-{1 + (i % 5):00}",
                confidence: 0.25 * (1 + (i % 4)),
                documentId: $"doc-{i % 7}");
        }

        for (var e = 0; e < 7; e++)
        {
            builder.Event($"e{e}", $"Round {e}", $"2024-02-{1 + (e % 4):00}", EventKind.Talks, "Cairo", $"doc-{e}", ($"a{e % 3:00}", ParticipantRole.Party));
        }

        var batch = builder.Build();
        var store = await NewStoreAsync();
        await store.ImportAsync(batch, Context);
        return (store, batch);
    }
}

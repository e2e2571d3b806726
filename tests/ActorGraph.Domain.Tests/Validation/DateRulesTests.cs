using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using static ActorGraph.Domain.Tests.Validation.ValidatorAssertions;

namespace ActorGraph.Domain.Tests.Validation;

public class DateRulesTests
{
    private static readonly FuzzyDate AfterPublication = FuzzyDate.Day(new DateOnly(2023, 12, 2));

    [Theory]
    [InlineData(Modality.Completed, "completed")]
    [InlineData(Modality.Ongoing, "ongoing")]
    public void A_claim_called_done_cannot_start_after_it_was_reported(Modality modality, string name)
    {
        var batch = SampleBatch.WithRelationship(r => r with { Date = AfterPublication, Modality = modality });

        SingleIssueAt(batch, "relationships[0].date").Should().Be(
            $"Called {name}, but the date 2023-12-02 starts after document 'wire-2023-11-28-talks' saying so was published (2023-11-28); a future date needs the modality planned.");
    }

    [Theory]
    [InlineData(Modality.Planned)]
    [InlineData(Modality.Proposed)]
    [InlineData(Modality.Reported)]
    public void A_future_date_is_fine_for_what_is_not_yet_done(Modality modality)
    {
        Issues(SampleBatch.WithRelationship(r => r with { Date = AfterPublication, Modality = modality })).Should().BeEmpty();
    }

    [Fact]
    public void A_month_that_began_before_publication_is_possible()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Date = FuzzyDate.Month(2023, 11), Modality = Modality.Completed });

        Issues(batch).Should().BeEmpty();
    }

    [Fact]
    public void A_completed_event_cannot_start_after_its_evidence_was_published()
    {
        var batch = SampleBatch.Create();
        batch = batch with { Events = [batch.Events[0] with { Date = FuzzyDate.Period(new DateOnly(2023, 11, 29), new DateOnly(2023, 11, 30)) }] };

        SingleIssueAt(batch, "events[0].date").Should().StartWith("Called completed, but the date 2023-11-29/2023-11-30 starts after");
    }

    [Fact]
    public void A_claim_cannot_be_first_reported_after_a_document_reporting_it()
    {
        var batch = SampleBatch.WithRelationship(r => r with { ReportedOn = new DateOnly(2023, 11, 30) });

        SingleIssueAt(batch, "relationships[0].reportedOn").Should()
            .Be("Reported on 2023-11-30, but document 'wire-2023-11-28-talks' reporting it was published on 2023-11-28.");
    }
}

using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Validation;
using static ActorGraph.Domain.Tests.Validation.ValidatorAssertions;

namespace ActorGraph.Domain.Tests.Validation;

public class EvidenceRulesTests
{
    private static Evidence Evidence(int start, int end, string quote) => new(SampleBatch.Document.Id, quote, start, end);

    [Fact]
    public void A_relationship_without_evidence_is_reported()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Evidence = [] });

        SingleIssueAt(batch, "relationships[0].evidence").Should().Be("No evidence: give at least one quote from a document.");
    }

    [Fact]
    public void An_event_without_evidence_is_reported()
    {
        var batch = SampleBatch.Create();
        batch = batch with { Events = [batch.Events[0] with { Evidence = [] }] };

        SingleIssueAt(batch, "events[0].evidence").Should().StartWith("No evidence");
    }

    [Fact]
    public void An_affiliation_may_go_without_evidence()
    {
        var batch = SampleBatch.Create();

        Issues(batch with { Affiliations = [batch.Affiliations[0] with { Evidence = [] }] }).Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_document_is_reported()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Evidence = [r.Evidence[0] with { DocumentId = "bbc-2023-11-28" }] });

        SingleIssueAt(batch, "relationships[0].evidence[0].document").Should().Be("Unknown document 'bbc-2023-11-28'.");
    }

    [Fact]
    public void A_stored_document_can_back_a_claim()
    {
        var batch = SampleBatch.Create() with { Documents = [] };
        var known = new KnownRecords([], [SampleBatch.Document], []);

        Issues(batch, known).Should().BeEmpty();
    }

    [Fact]
    public void A_misplaced_quote_says_what_is_at_the_offsets_and_where_the_quote_is()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Evidence = [Evidence(0, 12, "Bill Burns w")] });

        SingleIssueAt(batch, "relationships[0].evidence[0].quote").Should().Be(
            "The quote is not at 0..12 of document 'wire-2023-11-28-talks': the text there is \"CIA Director\". The quote occurs at 13..25.");
    }

    [Fact]
    public void A_quote_that_occurs_nowhere_says_so()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Evidence = [Evidence(0, 5, "Egypt")] });

        SingleIssueAt(batch, "relationships[0].evidence[0].quote").Should().EndWith("The quote does not occur anywhere in the document.");
    }

    [Fact]
    public void A_quote_with_different_punctuation_is_not_the_same_quote()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Evidence = [Evidence(13, 23, "Bill  Burn")] });

        SingleIssueAt(batch, "relationships[0].evidence[0].quote").Should().Contain("the text there is \"Bill Burns\"");
    }

    [Fact]
    public void An_end_past_the_text_is_reported_with_the_text_length()
    {
        var length = SampleBatch.Text.Length;
        var batch = SampleBatch.WithRelationship(r => r with { Evidence = [Evidence(length - 2, length + 3, "talks.")] });

        SingleIssueAt(batch, "relationships[0].evidence[0].end").Should()
            .StartWith($"The end offset {length + 3} is past the end of document 'wire-2023-11-28-talks' ({length} characters).");
    }

    [Fact]
    public void An_end_before_the_start_is_reported()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Evidence = [Evidence(20, 10, "Qatar")] });

        SingleIssueAt(batch, "relationships[0].evidence[0].end").Should().StartWith("The end offset 10 is before the start offset 20.");
    }

    [Fact]
    public void A_negative_start_is_reported()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Evidence = [Evidence(-1, 4, "CIA D")] });

        SingleIssueAt(batch, "relationships[0].evidence[0].start").Should().StartWith("The start offset -1 is outside document");
    }

    [Fact]
    public void An_empty_quote_is_reported()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Evidence = [Evidence(3, 3, string.Empty)] });

        SingleIssueAt(batch, "relationships[0].evidence[0].quote").Should().Be("The quote is empty.");
    }
}

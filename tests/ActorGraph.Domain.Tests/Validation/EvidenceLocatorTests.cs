using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Validation;

namespace ActorGraph.Domain.Tests.Validation;

public class EvidenceLocatorTests
{
    private const string Repeated = "Qatar hosted the talks.";

    [Fact]
    public void A_single_occurrence_is_found()
    {
        var location = EvidenceLocator.Locate(SampleBatch.Text, "Bill Burns");

        location.Status.Should().Be(QuoteLocationStatus.Found);
        location.Start.Should().Be(13);
        SampleBatch.Text.Substring(13, "Bill Burns".Length).Should().Be("Bill Burns");
    }

    [Fact]
    public void A_repeated_quote_without_a_hint_is_ambiguous()
    {
        var first = SampleBatch.Text.IndexOf(Repeated, StringComparison.Ordinal);
        var second = SampleBatch.Text.LastIndexOf(Repeated, StringComparison.Ordinal);

        var location = EvidenceLocator.Locate(SampleBatch.Text, Repeated);

        location.Status.Should().Be(QuoteLocationStatus.Ambiguous);
        location.Start.Should().BeNull();
        location.Candidates.Should().Equal(first, second);
    }

    [Fact]
    public void A_hint_picks_the_nearest_occurrence()
    {
        var second = SampleBatch.Text.LastIndexOf(Repeated, StringComparison.Ordinal);

        EvidenceLocator.Locate(SampleBatch.Text, Repeated, hint: second - 3).Start.Should().Be(second);
    }

    [Fact]
    public void A_missing_quote_is_not_found()
    {
        EvidenceLocator.Locate(SampleBatch.Text, "Egypt").Status.Should().Be(QuoteLocationStatus.NotFound);
    }

    [Fact]
    public void Require_builds_evidence_or_explains_why_not()
    {
        var evidence = EvidenceLocator.Require(SampleBatch.Document, "Bill Burns");
        evidence.Should().Be(new Documents.Evidence(SampleBatch.Document.Id, "Bill Burns", 13, 23));

        FluentActions.Invoking(() => EvidenceLocator.Require(SampleBatch.Document, Repeated))
            .Should().Throw<ValidationException>().WithMessage("quote: The quote occurs 2 times in document 'wire-2023-11-28-talks'*give a longer quote or a hint offset.");
        FluentActions.Invoking(() => EvidenceLocator.Require(SampleBatch.Document, "Egypt"))
            .Should().Throw<ValidationException>().WithMessage("quote: The quote does not occur in document*");
    }
}

using static ActorGraph.Domain.Tests.Validation.ValidatorAssertions;

namespace ActorGraph.Domain.Tests.Validation;

public class ConfidenceRulesTests
{
    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Confidence_outside_zero_to_one_is_reported(double confidence)
    {
        var batch = SampleBatch.WithRelationship(r => r with { Confidence = confidence });

        SingleIssueAt(batch, "relationships[0].confidence").Should().Contain("is outside [0, 1]");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void The_bounds_are_allowed(double confidence)
    {
        Issues(SampleBatch.WithRelationship(r => r with { Confidence = confidence })).Should().BeEmpty();
    }
}

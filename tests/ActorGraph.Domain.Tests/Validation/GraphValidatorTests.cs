using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Validation;

namespace ActorGraph.Domain.Tests.Validation;

public class GraphValidatorTests
{
    [Fact]
    public void The_sample_batch_is_valid()
    {
        GraphValidator.Default.Validate(SampleBatch.Create()).Should().BeEmpty();
    }

    [Fact]
    public void An_empty_batch_is_valid()
    {
        GraphValidator.Default.Validate(GraphBatch.Empty).Should().BeEmpty();
    }

    [Fact]
    public void EnsureValid_throws_every_issue()
    {
        var batch = SampleBatch.WithRelationship(r => r with { SourceId = "nobody", Confidence = 2 });

        var thrown = FluentActions.Invoking(() => GraphValidator.Default.EnsureValid(batch)).Should().Throw<ValidationException>().Which;

        thrown.Code.Should().Be("INVALID_INPUT");
        thrown.Issues.Select(i => i.Path).Should().BeEquivalentTo("relationships[0].source", "relationships[0].confidence");
    }
}

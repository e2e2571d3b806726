using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Validation;

namespace ActorGraph.Domain.Tests.Validation;

internal static class ValidatorAssertions
{
    /// <summary>The batch has exactly one issue, at <paramref name="path"/>; returns its message.</summary>
    public static string SingleIssueAt(GraphBatch batch, string path, IKnownRecords? known = null)
    {
        var issues = GraphValidator.Default.Validate(batch, known);
        issues.Should().ContainSingle().Which.Path.Should().Be(path);
        return issues[0].Message;
    }

    public static IReadOnlyList<ValidationIssue> Issues(GraphBatch batch, IKnownRecords? known = null) =>
        GraphValidator.Default.Validate(batch, known);
}

using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Domain.Validation;

/// <summary>
/// Checks a batch for what a schema cannot see: references to records that do not exist, ids used twice,
/// aliases claimed twice, types used in the wrong place, quotes that are not at their offsets, impossible dates.
/// Issue paths name the record and field, such as <c>relationships[12].evidence[0].start</c>.
/// </summary>
public sealed class GraphValidator(RelationshipVocabulary vocabulary)
{
    public static GraphValidator Default { get; } = new(RelationshipVocabulary.Default);

    /// <summary>Every problem of <paramref name="batch"/>, which may refer to records already stored in <paramref name="known"/>.</summary>
    public IReadOnlyList<ValidationIssue> Validate(GraphBatch batch, IKnownRecords? known = null)
    {
        var scope = new ValidationScope(batch, known ?? KnownRecords.None, vocabulary);
        IdentifierRules.Check(scope);
        AliasRules.Check(scope);
        ReferenceRules.Check(scope);
        TypeRules.Check(scope);
        EvidenceRules.Check(scope);
        DateRules.Check(scope);
        ConfidenceRules.Check(scope);
        return scope.Issues;
    }

    /// <exception cref="ValidationException">The batch has at least one problem; all of them are listed.</exception>
    public void EnsureValid(GraphBatch batch, IKnownRecords? known = null)
    {
        var issues = Validate(batch, known);
        if (issues.Count > 0)
        {
            throw new ValidationException(issues);
        }
    }
}

using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Time;

namespace ActorGraph.Domain.Relationships;

/// <summary>
/// A claim that <see cref="SourceId"/> stands in relationship <see cref="Type"/> to <see cref="TargetId"/>,
/// backed by one or more pieces of evidence.
/// </summary>
public sealed record Relationship
{
    public required string Id { get; init; }

    /// <summary>A code of the relationship vocabulary (<c>MEDIATES</c>, <c>MEETS</c>, ...).</summary>
    public required string Type { get; init; }

    public required string SourceId { get; init; }

    public required string TargetId { get; init; }

    /// <summary>When it happened (or is planned to), as precisely as the source says; null when the source gives no date.</summary>
    public FuzzyDate? Date { get; init; }

    /// <summary>The publication date of the earliest document reporting it.</summary>
    public required DateOnly ReportedOn { get; init; }

    public string? Place { get; init; }

    public Modality Modality { get; init; } = Modality.Reported;

    /// <summary>Who asserts it, as the source says ("two US officials told CNN"); null when the outlet itself asserts it.</summary>
    public string? Attribution { get; init; }

    /// <summary>How sure the reading is, in [0, 1].</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The event it belongs to, if any.</summary>
    public string? EventId { get; init; }

    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>Set when the relationship was retracted.</summary>
    public Retraction? Retraction { get; init; }

    /// <summary>The day used to order relationships in time: the first day of <see cref="Date"/>, else the reported day.</summary>
    public DateOnly EffectiveDate => Date?.Start ?? ReportedOn;
}

using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Time;

namespace ActorGraph.Domain.Actors;

/// <summary>
/// A person's (or a body's) place in an organisation or state, with title and tenure, so that
/// a person's acts can be rolled up to the state they act for.
/// </summary>
public sealed record Affiliation
{
    public required string Id { get; init; }

    /// <summary>The person or body that holds the position.</summary>
    public required string MemberId { get; init; }

    /// <summary>The state or organisation the position belongs to.</summary>
    public required string OrganisationId { get; init; }

    /// <summary>An affiliation type of the vocabulary (<c>LEADS</c>, <c>SERVES_IN</c>, <c>SPOKESPERSON_FOR</c>, ...).</summary>
    public required string Type { get; init; }

    /// <summary>The title as the sources give it ("Secretary of State").</summary>
    public string? Title { get; init; }

    /// <summary>The tenure, where known.</summary>
    public FuzzyDate? Tenure { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

namespace ActorGraph.Domain.Relationships;

/// <summary>
/// One entry of the relationship vocabulary, with its closest codes in the CAMEO event ontology (used by
/// GDELT) and its PLOVER category (used by POLECAT), so results can be spliced with those data sets.
/// </summary>
public sealed record RelationshipType
{
    /// <summary>Upper-case code, such as <c>MEDIATES</c>.</summary>
    public required string Code { get; init; }

    public required string Description { get; init; }

    public required RelationshipCategory Category { get; init; }

    /// <summary>True when "A r B" means the same as "B r A" (MEETS); the source/target order then carries no meaning.</summary>
    public required bool Symmetric { get; init; }

    /// <summary>True when an actor may stand in this relationship to itself.</summary>
    public bool AllowsSelf { get; init; }

    /// <summary>Closest CAMEO event codes (for example <c>045</c>, mediate).</summary>
    public IReadOnlyList<string> CameoCodes { get; init; } = [];

    /// <summary>Closest PLOVER event category (for example <c>CONSULT</c>).</summary>
    public string? PloverCategory { get; init; }

    /// <summary>Present-tense verb phrase for labels ("mediates between").</summary>
    public required string Label { get; init; }
}

namespace ActorGraph.Domain.Actors;

/// <summary>
/// Someone who acts in diplomacy: a state, a person, an armed group, an organisation.
/// </summary>
public sealed record Actor
{
    /// <summary>Stable readable id, a lowercase slug such as <c>qatar</c> or <c>antony-blinken</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names the sources use ("Doha" is a place, not an alias; "Sheikh Mohammed" is).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public required ActorKind Kind { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code of the state the actor belongs to, where that applies.</summary>
    public string? Country { get; init; }

    public string? Description { get; init; }

    /// <summary>Identifiers in other systems (key <c>wikidata</c>, only where certain).</summary>
    public IReadOnlyDictionary<string, string> ExternalIds { get; init; } = new Dictionary<string, string>();

    /// <summary>Set when this actor was merged into another: reads of this id answer the survivor.</summary>
    public string? MergedInto { get; init; }
}

namespace ActorGraph.Storage.Sqlite.Writes;

/// <summary>What a merge moved from the merged actor, stored with the merge so that undoing it restores exactly that.</summary>
internal sealed record MergeRecord
{
    /// <summary>Relationships whose source was the merged actor.</summary>
    public List<string> Sources { get; init; } = [];

    /// <summary>Relationships whose target was the merged actor.</summary>
    public List<string> Targets { get; init; } = [];

    public List<string> Memberships { get; init; } = [];

    public List<string> Organisations { get; init; } = [];

    public List<ParticipationSlot> Participations { get; init; } = [];

    /// <summary>Actors that had been merged into the merged actor and now resolve to the survivor.</summary>
    public List<string> Redirected { get; init; } = [];

    /// <summary>The merged actor's own aliases, with their positions.</summary>
    public List<AliasSlot> Aliases { get; init; } = [];

    /// <summary>The alias keys the merge added to the survivor (the merged name and aliases it did not have).</summary>
    public List<string> AddedAliasKeys { get; init; } = [];
}

internal sealed record ParticipationSlot(string EventId, int Position);

internal sealed record AliasSlot(int Position, string Alias);

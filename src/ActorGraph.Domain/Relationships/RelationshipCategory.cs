namespace ActorGraph.Domain.Relationships;

public enum RelationshipCategory
{
    /// <summary>Something one actor does to or with another (mediates, meets, pressures).</summary>
    Interaction,

    /// <summary>A standing tie of a member to an organisation (leads, serves in, speaks for).</summary>
    Affiliation,
}

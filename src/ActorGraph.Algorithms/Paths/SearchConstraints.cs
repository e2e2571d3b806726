namespace ActorGraph.Algorithms.Paths;

/// <summary>
/// What one search for a fewest-hops path must respect: actors and relationships it may not use (Yen's
/// algorithm blocks the root of a spur path and the edges already taken from it), its maximum number of hops,
/// and, for time-respecting searches, the earliest date its first hop may carry.
/// </summary>
internal sealed record SearchConstraints(IReadOnlySet<string> BlockedActors, IReadOnlySet<string> BlockedRelationships, int MaxHops, DateOnly NotBefore)
{
    public static SearchConstraints Unblocked(int maxHops) =>
        new(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), maxHops, DateOnly.MinValue);
}

using ActorGraph.Domain.Ports;

namespace ActorGraph.Algorithms.Traversal;

/// <summary>One edge followed from <see cref="From"/> to <see cref="To"/> (against its stored direction when the type is symmetric or the traversal goes backwards).</summary>
internal readonly record struct Step(Edge Edge, string From, string To)
{
    /// <summary>The order in which ties are broken: earliest effective date first, then relationship id (ordinal).</summary>
    public static int CompareKeys(Edge x, Edge y)
    {
        var byDate = x.EffectiveDate.CompareTo(y.EffectiveDate);
        return byDate != 0 ? byDate : string.CompareOrdinal(x.RelationshipId, y.RelationshipId);
    }
}

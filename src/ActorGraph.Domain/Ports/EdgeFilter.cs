using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Domain.Ports;

/// <summary>
/// Which relationships a traversal may follow. A null or empty set means "all".
/// The window keeps relationships whose date (or, undated, whose reported day) overlaps it.
/// </summary>
public sealed record EdgeFilter
{
    public static EdgeFilter All { get; } = new();

    public IReadOnlySet<string>? Types { get; init; }

    /// <summary>Taken literally by stores: <see cref="Direction.Out"/> returns edges whose source is one of the given actors.</summary>
    public Direction Direction { get; init; } = Direction.Any;

    public DateWindow Window { get; init; }

    public IReadOnlySet<Modality>? Modalities { get; init; }

    public double MinConfidence { get; init; }

    /// <summary>Only relationships with evidence from this document.</summary>
    public string? DocumentId { get; init; }

    public bool IncludeRetracted { get; init; }
}

using ActorGraph.GraphQL.Errors;

namespace ActorGraph.GraphQL.Language;

/// <summary>Where a node sits in its source: byte offsets, with line and column computed on demand.</summary>
public readonly struct Location(Source source, int start, int end) : IEquatable<Location>
{
    public Source? Source { get; } = source;

    public int Start { get; } = start;

    public int End { get; } = end;

    /// <summary>True for nodes built in code rather than parsed.</summary>
    public bool IsEmpty => Source is null;

    public SourceLocation StartLocation => Source?.GetLocation(Start) ?? default;

    public bool Equals(Location other) => ReferenceEquals(Source, other.Source) && Start == other.Start && End == other.End;

    public override bool Equals(object? obj) => obj is Location other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Start, End);

    public static bool operator ==(Location left, Location right) => left.Equals(right);

    public static bool operator !=(Location left, Location right) => !left.Equals(right);

    public override string ToString() => IsEmpty ? "<no location>" : StartLocation.ToString();
}

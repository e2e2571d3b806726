namespace ActorGraph.Domain.Relationships;

/// <summary>Why and when a relationship was withdrawn; retracted relationships are kept but hidden by default.</summary>
public sealed record Retraction(string Reason, DateTimeOffset At, string By);

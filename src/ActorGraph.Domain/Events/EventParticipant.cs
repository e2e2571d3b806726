namespace ActorGraph.Domain.Events;

public sealed record EventParticipant(string ActorId, ParticipantRole Role);

namespace ActorGraph.Domain.Events;

/// <summary>The part an actor plays in an event.</summary>
public enum ParticipantRole
{
    Mediator,
    Party,
    Host,
    Attendee,
    Observer,
}

using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary>The payload <c>CreateActorPayload</c>.</summary>
public sealed record CreateActorPayload(Actor Actor);

/// <summary>The payload <c>UpdateActorPayload</c>.</summary>
public sealed record UpdateActorPayload(Actor Actor);

/// <summary>The payload <c>AddAliasPayload</c>.</summary>
public sealed record AddAliasPayload(Actor Actor);

/// <summary>The payload <c>MergeActorsPayload</c>.</summary>
public sealed record MergeActorsPayload(Actor Survivor, string MergedKey);

/// <summary>The payload <c>UndoMergePayload</c>.</summary>
public sealed record UndoMergePayload(Actor Actor, Actor FormerSurvivor);

/// <summary>The payload <c>AddDocumentPayload</c>.</summary>
public sealed record AddDocumentPayload(Document Document);

/// <summary>The payload <c>AddRelationshipPayload</c>.</summary>
public sealed record AddRelationshipPayload(Relationship Relationship);

/// <summary>The payload <c>RetractRelationshipPayload</c>.</summary>
public sealed record RetractRelationshipPayload(Relationship Relationship);

/// <summary>The payload <c>CreateEventPayload</c>.</summary>
public sealed record CreateEventPayload(Event Event);

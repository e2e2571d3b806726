using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Domain.Changes;

/// <summary>One write; a list of them is applied all-or-nothing by <see cref="Ports.IGraphStore.ApplyAsync"/>.</summary>
public abstract record GraphChange;

/// <summary>Inserts the actor, or replaces the stored one with the same id.</summary>
public sealed record UpsertActor(Actor Actor) : GraphChange;

public sealed record UpsertDocument(Document Document) : GraphChange;

public sealed record UpsertAffiliation(Affiliation Affiliation) : GraphChange;

public sealed record UpsertEvent(Event Event) : GraphChange;

public sealed record UpsertRelationship(Relationship Relationship) : GraphChange;

/// <summary>Hides a relationship by default, keeping it and the reason.</summary>
public sealed record RetractRelationship(string RelationshipId, string Reason) : GraphChange;

/// <summary>
/// Folds <see cref="MergedId"/> into <see cref="SurvivorId"/>: its relationships, affiliations and event
/// participations move to the survivor, its name and aliases become the survivor's aliases, and the merged id
/// keeps resolving to the survivor. The store remembers what moved so that <see cref="UndoMerge"/> restores it.
/// </summary>
public sealed record MergeActors(string SurvivorId, string MergedId) : GraphChange;

/// <summary>Restores an actor merged by <see cref="MergeActors"/> and everything that moved with it.</summary>
public sealed record UndoMerge(string MergedId) : GraphChange;

using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary>The input object <c>ExternalIdInput</c>.</summary>
public sealed record ExternalIdInput(string System, string Value);

/// <summary>The input object <c>CreateActorInput</c>.</summary>
public sealed record CreateActorInput(
    string Name,
    ActorKind Kind,
    string? Key = null,
    IReadOnlyList<string>? Aliases = null,
    string? Country = null,
    string? Description = null,
    IReadOnlyList<ExternalIdInput>? ExternalIds = null);

/// <summary>The input object <c>UpdateActorInput</c>.</summary>
public sealed record UpdateActorInput(
    string Id,
    string? Name = null,
    ActorKind? Kind = null,
    string? Country = null,
    string? Description = null,
    IReadOnlyList<ExternalIdInput>? ExternalIds = null);

/// <summary>The input object <c>AddAliasInput</c>.</summary>
public sealed record AddAliasInput(string Actor, string Alias);

/// <summary>The input object <c>MergeActorsInput</c>.</summary>
public sealed record MergeActorsInput(string Survivor, string Merged);

/// <summary>The input object <c>UndoMergeInput</c>.</summary>
public sealed record UndoMergeInput(string Merged);

/// <summary>The input object <c>AddDocumentInput</c>.</summary>
public sealed record AddDocumentInput(
    string Title,
    string PublishedOn,
    string Text,
    string? Key = null,
    string? Publisher = null,
    string? Language = "en",
    string? Url = null,
    DocumentKind Kind = DocumentKind.Article);

/// <summary>The input object <c>EvidenceInput</c>.</summary>
public sealed record EvidenceInput(string Document, string Quote, int? Occurrence = null);

/// <summary>The input object <c>AddRelationshipInput</c>.</summary>
public sealed record AddRelationshipInput(
    string Type,
    string Source,
    string Target,
    IReadOnlyList<EvidenceInput> Evidence,
    string? Key = null,
    string? Date = null,
    string? Place = null,
    Modality Modality = Modality.Reported,
    string? Attribution = null,
    double Confidence = 1,
    string? Event = null);

/// <summary>The input object <c>RetractRelationshipInput</c>.</summary>
public sealed record RetractRelationshipInput(string Id, string Reason);

/// <summary>The input object <c>ParticipantInput</c>.</summary>
public sealed record ParticipantInput(string Actor, ParticipantRole Role);

/// <summary>The input object <c>CreateEventInput</c>.</summary>
public sealed record CreateEventInput(
    string Name,
    EventKind Kind,
    string? Key = null,
    string? Date = null,
    string? Place = null,
    string? Description = null,
    Modality Modality = Modality.Reported,
    IReadOnlyList<ParticipantInput>? Participants = null,
    IReadOnlyList<EvidenceInput>? Evidence = null);

/// <summary>The input object <c>ImportBatchInput</c>.</summary>
public sealed record ImportBatchInput(string Json);

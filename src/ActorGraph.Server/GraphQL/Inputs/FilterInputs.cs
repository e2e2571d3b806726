using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Server.GraphQL.Inputs;

/// <summary>The input object <c>DateWindowInput</c>.</summary>
public sealed record DateWindowInput(string? From = null, string? To = null);

/// <summary>The input object <c>EdgeFilterInput</c>.</summary>
public sealed record EdgeFilterInput(
    IReadOnlyList<string>? Types = null,
    Direction Direction = Direction.Any,
    DateWindowInput? Window = null,
    IReadOnlyList<Modality>? Modalities = null,
    double MinConfidence = 0,
    string? Document = null,
    bool IncludeRetracted = false);

/// <summary>The input object <c>RelationshipFilter</c>.</summary>
public sealed record RelationshipFilterInput(
    IReadOnlyList<string>? Types = null,
    IReadOnlyList<string>? Actors = null,
    IReadOnlyList<string>? Counterparts = null,
    Direction Direction = Direction.Any,
    DateWindowInput? Window = null,
    IReadOnlyList<Modality>? Modalities = null,
    double MinConfidence = 0,
    string? Document = null,
    string? Event = null,
    bool IncludeRetracted = false)
{
    public EdgeFilterInput Edges => new(Types, Direction, Window, Modalities, MinConfidence, Document, IncludeRetracted);
}

/// <summary>The input object <c>ActorFilter</c>.</summary>
public sealed record ActorFilterInput(
    IReadOnlyList<ActorKind>? Kinds = null,
    IReadOnlyList<string>? Countries = null,
    string? ActsAs = null,
    DateWindowInput? ActiveIn = null);

/// <summary>The input objects <c>ActorOrder</c> and <c>RelationshipOrder</c>: a field name and a direction.</summary>
public sealed record OrderInput(string Field, string Direction = "ASC");

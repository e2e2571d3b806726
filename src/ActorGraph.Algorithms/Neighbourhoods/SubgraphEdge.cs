using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Algorithms.Neighbourhoods;

/// <summary>
/// A relationship of a neighbourhood, ready to draw: <see cref="Id"/> is the relationship's stable id,
/// <see cref="Label"/> the vocabulary's verb phrase and <see cref="Weight"/> its number of pieces of evidence.
/// </summary>
public sealed record SubgraphEdge(
    string Id,
    string SourceId,
    string TargetId,
    string Type,
    string Label,
    bool Symmetric,
    FuzzyDate? Date,
    DateOnly EffectiveDate,
    DateOnly ReportedOn,
    Modality Modality,
    double Confidence,
    int Weight);

using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Domain.Vocabulary;

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
    int Weight)
{
    /// <summary>The drawable form of <paramref name="edge"/>, labelled from <paramref name="vocabulary"/>.</summary>
    public static SubgraphEdge From(Edge edge, RelationshipVocabulary vocabulary)
    {
        var type = vocabulary.Find(edge.Type);
        return new SubgraphEdge(
            edge.RelationshipId,
            edge.SourceId,
            edge.TargetId,
            edge.Type,
            type?.Label ?? edge.Type,
            type?.Symmetric ?? false,
            edge.Date,
            edge.EffectiveDate,
            edge.ReportedOn,
            edge.Modality,
            edge.Confidence,
            edge.EvidenceCount);
    }
}

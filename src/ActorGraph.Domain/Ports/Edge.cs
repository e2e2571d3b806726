using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Domain.Ports;

/// <summary>
/// A relationship reduced to what traversals need; the full claim with its evidence is read by
/// <see cref="IGraphReader.GetRelationshipsAsync"/>.
/// </summary>
public sealed record Edge(
    string RelationshipId,
    string Type,
    string SourceId,
    string TargetId,
    FuzzyDate? Date,
    DateOnly ReportedOn,
    Modality Modality,
    double Confidence,
    int EvidenceCount)
{
    /// <summary>The day used to order edges in time: the first day of <see cref="Date"/>, else the reported day.</summary>
    public DateOnly EffectiveDate => Date?.Start ?? ReportedOn;

    /// <summary>The other end of this edge seen from <paramref name="actorId"/>.</summary>
    public string OtherEnd(string actorId) => SourceId == actorId ? TargetId : SourceId;
}

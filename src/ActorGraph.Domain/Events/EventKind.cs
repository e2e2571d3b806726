namespace ActorGraph.Domain.Events;

public enum EventKind
{
    /// <summary>A meeting of a few people.</summary>
    Meeting,

    /// <summary>A round of talks or negotiations.</summary>
    Talks,

    /// <summary>An ongoing mediation track spanning many rounds.</summary>
    MediationTrack,

    /// <summary>A visit of an official to a country.</summary>
    Visit,

    /// <summary>A phone or video call.</summary>
    Call,

    /// <summary>An agreement or deal coming into force (a truce, an exchange).</summary>
    Agreement,

    /// <summary>A summit or conference.</summary>
    Summit,
}

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>The values of <c>evidence.owner_kind</c>.</summary>
internal static class EvidenceOwner
{
    public const string Relationship = "relationship";
    public const string Affiliation = "affiliation";
    public const string Event = "event";
}

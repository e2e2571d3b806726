namespace ActorGraph.Storage.Sqlite.Audit;

/// <summary>The operations and entity kinds the audit trail records (the same words the Neo4j store writes).</summary>
internal static class AuditVocabulary
{
    public const string Insert = "Insert";
    public const string Update = "Update";
    public const string Retract = "Retract";
    public const string Merge = "Merge";
    public const string UndoMerge = "UndoMerge";

    public const string Actor = "Actor";
    public const string Document = "Document";
    public const string Affiliation = "Affiliation";
    public const string Event = "Event";
    public const string Relationship = "Relationship";
}

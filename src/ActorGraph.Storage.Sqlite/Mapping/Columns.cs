namespace ActorGraph.Storage.Sqlite.Mapping;

/// <summary>The column lists the row readers expect, in order; reads select exactly these.</summary>
internal static class Columns
{
    public const string Actor = "a.id, a.name, a.kind, a.country, a.description, a.external_ids, a.merged_into";

    public const string Document = "d.id, d.title, d.publisher, d.published_on, d.language, d.url, d.kind, d.text";

    public const string Affiliation = "f.id, f.member_id, f.organisation_id, f.type, f.title, f.tenure_start, f.tenure_end, f.tenure_precision";

    public const string Event = "e.id, e.name, e.kind, e.date_start, e.date_end, e.date_precision, e.place, e.description, e.modality";

    public const string Relationship = "r.id, r.type, r.source_id, r.target_id, r.date_start, r.date_end, r.date_precision, r.reported_on, "
        + "r.place, r.modality, r.attribution, r.confidence, r.event_id, r.retraction_reason, r.retracted_at, r.retracted_by";

    public const string Evidence = "v.owner_id, v.document_id, v.quote, v.start_offset, v.end_offset";
}

-- Version 2: traversals read the edges around many actors at a time. These indexes hold every column an edge and
-- its filters need, grouped by each end, so such a read walks one contiguous index range per actor and never
-- visits the table. They replace the plain one-column indexes on source_id and target_id.
DROP INDEX relationships_by_source;
DROP INDEX relationships_by_target;
CREATE INDEX relationships_by_source_covering ON relationships (
    source_id, type, effective_start, effective_end, retraction_reason, modality, confidence,
    id, target_id, date_start, date_end, date_precision, reported_on, evidence_count);
CREATE INDEX relationships_by_target_covering ON relationships (
    target_id, type, effective_start, effective_end, retraction_reason, modality, confidence,
    id, source_id, date_start, date_end, date_precision, reported_on, evidence_count);

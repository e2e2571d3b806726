-- Version 4: the covering edge indexes no longer hold date_start and date_end. A relationship with a date has its
-- effective_start and effective_end equal to that date's first and last day (without one, they are its reported day and
-- date_precision is NULL), so traversals read the date from those columns, which the indexes hold already. Each
-- index entry is about a sixth smaller, and a large import builds them faster.
DROP INDEX relationships_by_source_covering;
DROP INDEX relationships_by_target_covering;
CREATE INDEX relationships_by_source_covering ON relationships (
    source_id, type, effective_start, effective_end, retraction_reason, modality, confidence,
    id, target_id, date_precision, reported_on, evidence_count);
CREATE INDEX relationships_by_target_covering ON relationships (
    target_id, type, effective_start, effective_end, retraction_reason, modality, confidence,
    id, source_id, date_precision, reported_on, evidence_count);

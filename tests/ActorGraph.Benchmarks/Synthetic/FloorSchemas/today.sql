-- SQLite alone writing the four large tables of an imported file as they are stored today (schema 4): relationships,
-- evidence, audit entries and their links to actors, then their indexes, in one transaction. The counterpart of
-- integer-keys.sql; see docs/benchmarks.md ("What 50,000 relationships/s would take") for how to run both.
-- SOURCE stands for the imported file.
PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 0;
ATTACH DATABASE 'SOURCE' AS source;
.timer on
BEGIN IMMEDIATE;
CREATE TABLE relationships (
    row_id INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, source_id TEXT NOT NULL, target_id TEXT NOT NULL,
    date_start TEXT, date_end TEXT, date_precision TEXT, reported_on TEXT NOT NULL, effective_start TEXT NOT NULL,
    effective_end TEXT NOT NULL, place TEXT, modality TEXT NOT NULL, attribution TEXT, confidence REAL NOT NULL, event_id TEXT,
    evidence_count INTEGER NOT NULL, retraction_reason TEXT, retracted_at INTEGER, retracted_by TEXT, fingerprint TEXT NOT NULL);
CREATE TABLE evidence (
    owner_kind TEXT NOT NULL, owner_id TEXT NOT NULL, position INTEGER NOT NULL, document_id TEXT NOT NULL, quote TEXT NOT NULL,
    start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, PRIMARY KEY (owner_kind, owner_id, position)) WITHOUT ROWID;
CREATE TABLE changes (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, who TEXT NOT NULL, request_id TEXT, operation TEXT NOT NULL,
    entity_kind TEXT NOT NULL, entity_id TEXT NOT NULL, actor_ids TEXT NOT NULL, details TEXT);
CREATE TABLE change_actors (actor_id TEXT NOT NULL, sequence INTEGER NOT NULL, PRIMARY KEY (actor_id, sequence)) WITHOUT ROWID;
.print rows: relationships, evidence, changes, change_actors
INSERT INTO relationships SELECT * FROM source.relationships;
INSERT INTO evidence SELECT * FROM source.evidence;
INSERT INTO changes SELECT * FROM source.changes;
INSERT INTO change_actors SELECT * FROM source.change_actors;
PRAGMA threads = 1;
.print indexes: by time, by date, by source, by target, evidence by document
CREATE INDEX changes_by_time ON changes (at);
CREATE INDEX relationships_by_date ON relationships (effective_start, id);
CREATE INDEX relationships_by_source_covering ON relationships (
    source_id, type, effective_start, effective_end, retraction_reason, modality, confidence, id, target_id, date_precision, reported_on, evidence_count);
CREATE INDEX relationships_by_target_covering ON relationships (
    target_id, type, effective_start, effective_end, retraction_reason, modality, confidence, id, source_id, date_precision, reported_on, evidence_count);
CREATE INDEX evidence_by_document ON evidence (document_id, owner_kind, owner_id);
.print commit
COMMIT;

-- The same four tables as today.sql, stored the most compact way short of leaving data out: actors, documents and
-- relationships referred to by integer row ids, days as integers (days since 1970-01-01), relationship types and
-- modalities as small integer codes, fingerprints as 16 bytes (random here: only their size matters), evidence
-- without its quote (read from the document text at its offsets) and audit entries without their JSON list of actors
-- (their links to actors hold it). The keys are worked out first, in PREP, outside the timed transaction.
-- SOURCE stands for the imported file, PREP for a scratch file.
PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 0;
ATTACH DATABASE 'SOURCE' AS source;
ATTACH DATABASE 'PREP' AS prep;
CREATE TABLE prep.actor_keys AS SELECT id, row_id FROM source.actors;
CREATE UNIQUE INDEX prep.actor_keys_by_id ON actor_keys (id);
CREATE TABLE prep.codes AS SELECT name, row_number() OVER (ORDER BY name) AS code FROM (SELECT type AS name FROM source.relationships UNION SELECT modality FROM source.relationships);
CREATE UNIQUE INDEX prep.codes_by_name ON codes (name);
CREATE TABLE prep.relationships AS SELECT r.row_id, r.id,
    (SELECT code FROM prep.codes WHERE name = r.type) AS type,
    (SELECT row_id FROM prep.actor_keys WHERE id = r.source_id) AS source,
    (SELECT row_id FROM prep.actor_keys WHERE id = r.target_id) AS target,
    r.date_precision,
    CAST(julianday(r.reported_on) - 2440587.5 AS INTEGER) AS reported_on,
    CAST(julianday(r.effective_start) - 2440587.5 AS INTEGER) AS effective_start,
    CAST(julianday(r.effective_end) - 2440587.5 AS INTEGER) AS effective_end,
    (SELECT code FROM prep.codes WHERE name = r.modality) AS modality,
    r.confidence, r.evidence_count, randomblob(16) AS fingerprint
    FROM source.relationships r ORDER BY r.row_id;
CREATE TABLE prep.evidence AS SELECT
    (SELECT row_id FROM source.relationships WHERE id = e.owner_id) AS owner, e.position,
    (SELECT rowid FROM source.documents WHERE id = e.document_id) AS document, e.start_offset, e.end_offset
    FROM source.evidence e ORDER BY owner, e.position;
CREATE TABLE prep.change_actors AS SELECT (SELECT row_id FROM prep.actor_keys WHERE id = c.actor_id) AS actor, c.sequence
    FROM source.change_actors c ORDER BY actor, c.sequence;
.timer on
BEGIN IMMEDIATE;
CREATE TABLE relationships (
    row_id INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type INTEGER NOT NULL, source INTEGER NOT NULL, target INTEGER NOT NULL,
    date_precision TEXT, reported_on INTEGER NOT NULL, effective_start INTEGER NOT NULL, effective_end INTEGER NOT NULL, place TEXT,
    modality INTEGER NOT NULL, attribution TEXT, confidence REAL NOT NULL, event INTEGER, evidence_count INTEGER NOT NULL,
    retraction_reason TEXT, retracted_at INTEGER, retracted_by TEXT, fingerprint BLOB NOT NULL);
CREATE TABLE evidence (
    owner INTEGER NOT NULL, position INTEGER NOT NULL, document INTEGER NOT NULL, start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL, PRIMARY KEY (owner, position)) WITHOUT ROWID;
CREATE TABLE changes (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, who TEXT NOT NULL, request_id TEXT, operation TEXT NOT NULL,
    entity_kind TEXT NOT NULL, entity_id TEXT NOT NULL, details TEXT);
CREATE TABLE change_actors (actor INTEGER NOT NULL, sequence INTEGER NOT NULL, PRIMARY KEY (actor, sequence)) WITHOUT ROWID;
.print rows: relationships, evidence, changes, change_actors
INSERT INTO relationships (row_id, id, type, source, target, date_precision, reported_on, effective_start, effective_end, modality, confidence, evidence_count, fingerprint)
    SELECT row_id, id, type, source, target, date_precision, reported_on, effective_start, effective_end, modality, confidence, evidence_count, fingerprint FROM prep.relationships;
INSERT INTO evidence SELECT * FROM prep.evidence;
INSERT INTO changes SELECT sequence, at, who, request_id, operation, entity_kind, entity_id, details FROM source.changes;
INSERT INTO change_actors SELECT * FROM prep.change_actors;
PRAGMA threads = 1;
.print indexes: by time, by date, by source, by target, evidence by document
CREATE INDEX changes_by_time ON changes (at);
CREATE INDEX relationships_by_date ON relationships (effective_start, id);
CREATE INDEX relationships_by_source_covering ON relationships (
    source, type, effective_start, effective_end, retraction_reason, modality, confidence, id, target, date_precision, reported_on, evidence_count);
CREATE INDEX relationships_by_target_covering ON relationships (
    target, type, effective_start, effective_end, retraction_reason, modality, confidence, id, source, date_precision, reported_on, evidence_count);
CREATE INDEX evidence_by_document ON evidence (document, owner);
.print commit
COMMIT;

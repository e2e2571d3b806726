-- Version 1: actors, documents, affiliations, events, relationships, evidence, merges, audit trail, name search.
-- Dates are ISO 'yyyy-MM-dd' text (they sort as dates); instants are UTC ticks.
-- Each record keeps the fingerprint of its content as last written, so an import can tell unchanged records.

CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    publisher    TEXT,
    published_on TEXT NOT NULL,
    language     TEXT NOT NULL,
    url          TEXT,
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL,
    fingerprint  TEXT NOT NULL
);
CREATE INDEX documents_by_date ON documents (published_on, id);

CREATE TABLE actors (
    row_id       INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    country      TEXT,
    description  TEXT,
    external_ids TEXT NOT NULL,
    merged_into  TEXT REFERENCES actors (id),
    fingerprint  TEXT NOT NULL
);
CREATE INDEX actors_by_name ON actors (name, id);
CREATE INDEX actors_by_survivor ON actors (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE actor_aliases (
    actor_id  TEXT NOT NULL REFERENCES actors (id),
    position  INTEGER NOT NULL,
    alias     TEXT NOT NULL,
    alias_key TEXT NOT NULL UNIQUE,
    PRIMARY KEY (actor_id, position)
);

-- One row per unmerged actor (rowid = actors.row_id) holding its name and aliases.
CREATE VIRTUAL TABLE actor_search USING fts5 (names, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE affiliations (
    id               TEXT PRIMARY KEY,
    member_id        TEXT NOT NULL REFERENCES actors (id),
    organisation_id  TEXT NOT NULL REFERENCES actors (id),
    type             TEXT NOT NULL,
    title            TEXT,
    tenure_start     TEXT,
    tenure_end       TEXT,
    tenure_precision TEXT,
    fingerprint      TEXT NOT NULL
);
CREATE INDEX affiliations_by_member ON affiliations (member_id);
CREATE INDEX affiliations_by_organisation ON affiliations (organisation_id);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT,
    place          TEXT,
    description    TEXT,
    modality       TEXT NOT NULL,
    fingerprint    TEXT NOT NULL
);
CREATE INDEX events_by_date ON events (date_start, id);

CREATE TABLE event_participants (
    event_id TEXT NOT NULL REFERENCES events (id),
    position INTEGER NOT NULL,
    actor_id TEXT NOT NULL REFERENCES actors (id),
    role     TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_participants_by_actor ON event_participants (actor_id);

CREATE TABLE relationships (
    row_id            INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    type              TEXT NOT NULL,
    source_id         TEXT NOT NULL REFERENCES actors (id),
    target_id         TEXT NOT NULL REFERENCES actors (id),
    date_start        TEXT,
    date_end          TEXT,
    date_precision    TEXT,
    reported_on       TEXT NOT NULL,
    effective_start   TEXT NOT NULL,
    effective_end     TEXT NOT NULL,
    place             TEXT,
    modality          TEXT NOT NULL,
    attribution       TEXT,
    confidence        REAL NOT NULL,
    event_id          TEXT REFERENCES events (id),
    evidence_count    INTEGER NOT NULL,
    retraction_reason TEXT,
    retracted_at      INTEGER,
    retracted_by      TEXT,
    fingerprint       TEXT NOT NULL
);
CREATE INDEX relationships_by_source ON relationships (source_id);
CREATE INDEX relationships_by_target ON relationships (target_id);
CREATE INDEX relationships_by_date ON relationships (effective_start, id);
CREATE INDEX relationships_by_event ON relationships (event_id) WHERE event_id IS NOT NULL;

-- Evidence of relationships, affiliations and events: owner_kind names the owner's table.
CREATE TABLE evidence (
    owner_kind   TEXT NOT NULL,
    owner_id     TEXT NOT NULL,
    position     INTEGER NOT NULL,
    document_id  TEXT NOT NULL REFERENCES documents (id),
    quote        TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, position)
);
CREATE INDEX evidence_by_document ON evidence (document_id, owner_kind, owner_id);

-- What a merge moved, as JSON, so that undoing it restores exactly that.
CREATE TABLE merges (
    merged_id   TEXT PRIMARY KEY REFERENCES actors (id),
    survivor_id TEXT NOT NULL REFERENCES actors (id),
    moved       TEXT NOT NULL,
    merged_at   INTEGER NOT NULL
);

CREATE TABLE changes (
    sequence    INTEGER PRIMARY KEY AUTOINCREMENT,
    at          INTEGER NOT NULL,
    who         TEXT NOT NULL,
    request_id  TEXT,
    operation   TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    actor_ids   TEXT NOT NULL,
    details     TEXT
);
CREATE INDEX changes_by_time ON changes (at);

CREATE TABLE change_actors (
    actor_id TEXT NOT NULL,
    sequence INTEGER NOT NULL REFERENCES changes (sequence),
    PRIMARY KEY (actor_id, sequence)
) WITHOUT ROWID;

-- Version 3: evidence rows are kept in the order of their key (owner, position) in one b-tree (WITHOUT ROWID) instead
-- of a table plus a separate index of that key. Writing a piece of evidence then updates one b-tree instead of two,
-- which is a third of the b-tree inserts of a large import, and the key is no longer stored twice.
CREATE TABLE evidence_by_owner (
    owner_kind   TEXT NOT NULL,
    owner_id     TEXT NOT NULL,
    position     INTEGER NOT NULL,
    document_id  TEXT NOT NULL REFERENCES documents (id),
    quote        TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, position)
) WITHOUT ROWID;
INSERT INTO evidence_by_owner (owner_kind, owner_id, position, document_id, quote, start_offset, end_offset)
SELECT owner_kind, owner_id, position, document_id, quote, start_offset, end_offset FROM evidence ORDER BY owner_kind, owner_id, position;
DROP TABLE evidence;
ALTER TABLE evidence_by_owner RENAME TO evidence;
CREATE INDEX evidence_by_document ON evidence (document_id, owner_kind, owner_id);

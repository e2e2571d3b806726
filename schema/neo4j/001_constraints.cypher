// ActorGraph on Neo4j, schema version 1: one node per record, identified by its ActorGraph id.
// Every statement is idempotent (IF NOT EXISTS); the store applies the files in order at start-up
// and records the highest number applied in (:SchemaVersion {name: 'actorgraph'}).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (ev:Event) REQUIRE ev.id IS UNIQUE;
CREATE CONSTRAINT affiliation_id IF NOT EXISTS FOR (f:Affiliation) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT change_sequence IF NOT EXISTS FOR (ch:Change) REQUIRE ch.sequence IS UNIQUE;
CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (s:Sequence) REQUIRE s.name IS UNIQUE;
CREATE CONSTRAINT schema_version_name IF NOT EXISTS FOR (v:SchemaVersion) REQUIRE v.name IS UNIQUE;
CREATE INDEX actor_merged_into IF NOT EXISTS FOR (a:Actor) ON (a.mergedInto);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX claim_span IF NOT EXISTS FOR (c:Claim) ON (c.spanStart, c.spanEnd);
CREATE INDEX document_published_on IF NOT EXISTS FOR (d:Document) ON (d.publishedOn);
CREATE INDEX event_sort_date IF NOT EXISTS FOR (ev:Event) ON (ev.sortDate);
CREATE INDEX change_at IF NOT EXISTS FOR (ch:Change) ON (ch.at);

-- Issue 18: the writer's cost per article grew with the store. entity_mentions (keyed by entity, then document
-- id) and event_actors (keyed by entity, then event id) were WITHOUT ROWID tables whose keys put every new
-- document's rows at a random place in each entity's range (document and event ids are hashes): a batch of 100
-- articles rewrote a page per mention, so the pages a batch wrote grew with the store (47 a document at 100
-- stored, 124 at 1,500). Now both are rowid tables, their rows appended, and the index by entity is keyed by
-- (entity, rowid): new rows go at the end of each entity's range, a few pages per batch at any size. The pair
-- (entity, document) and the triple (entity, event, role) stay unique because the writer makes them so (one row
-- per entity per document; one per actor and role per event), not by an index that costs a page a row.
CREATE TABLE entity_mentions_appended (
    entity_id TEXT NOT NULL,
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    count     INTEGER NOT NULL,
    first     INTEGER NOT NULL,
    places    TEXT NOT NULL
);
INSERT INTO entity_mentions_appended (entity_id, doc_id, count, first, places)
    SELECT entity_id, doc_id, count, first, places FROM entity_mentions;
DROP TABLE entity_mentions;
ALTER TABLE entity_mentions_appended RENAME TO entity_mentions;
CREATE INDEX entity_mentions_by_entity ON entity_mentions(entity_id);
CREATE INDEX entity_mentions_by_doc ON entity_mentions(doc_id);

CREATE TABLE event_actors_appended (
    event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    role      TEXT NOT NULL
);
INSERT INTO event_actors_appended (event_id, entity_id, role) SELECT event_id, entity_id, role FROM event_actors;
DROP TABLE event_actors;
ALTER TABLE event_actors_appended RENAME TO event_actors;
CREATE INDEX event_actors_by_entity ON event_actors(entity_id);
CREATE INDEX event_actors_by_event ON event_actors(event_id);

-- The pair index merges its segments (one per batch of documents written) once `automerge` of them lie at one
-- level: at 4 (FTS5's default) every pair is rewritten once per level, a level more each time the store grows
-- fourfold, so the pages an article cost grew with the store (27 a document at 100 stored, 44 at 2,000, pair
-- index and documents only). At 16 the merges come a quarter as often and a level covers 16 times more:
-- flat per article up to 1,600 batches' worth of segments, and a search reads at most 15 segments a level.
INSERT INTO search_pairs (search_pairs, rank) VALUES ('automerge', 16);

-- Who takes part in an event, kept in the order it is asked for (issue 18: the store's size). The table and its
-- one index (entity_id, event_id) held every row twice; keyed on (entity_id, event_id, role) without a rowid,
-- the table is that index, and the one question asked of it (the events of an entity) reads it as before.
CREATE TABLE event_actors_keyed (
    event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    role      TEXT NOT NULL,
    PRIMARY KEY (entity_id, event_id, role)
) WITHOUT ROWID;
INSERT INTO event_actors_keyed (event_id, entity_id, role)
    SELECT DISTINCT event_id, entity_id, role FROM event_actors;
DROP TABLE event_actors;
ALTER TABLE event_actors_keyed RENAME TO event_actors;

-- Entity mentions as one row per entity and document (how many, the first, and every place as JSON
-- [[start, end, text], ...]) instead of one row per mention: an article names its entities hundreds of times,
-- and those rows with their index were a fifth of the time spent writing it. What is asked of mentions (where
-- an entity is named, how often, from where) is answered by these rows alone.
CREATE TABLE entity_mentions (
    entity_id TEXT NOT NULL,
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    count     INTEGER NOT NULL,
    first     INTEGER NOT NULL,
    places    TEXT NOT NULL,
    PRIMARY KEY (entity_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX entity_mentions_by_doc ON entity_mentions(doc_id);
INSERT INTO entity_mentions (entity_id, doc_id, count, first, places)
    SELECT entity_id, doc_id, count(*), min(start), json_group_array(json_array(start, "end", text))
    FROM (SELECT * FROM mentions ORDER BY entity_id, doc_id, start)
    GROUP BY entity_id, doc_id;
DROP TABLE mentions;

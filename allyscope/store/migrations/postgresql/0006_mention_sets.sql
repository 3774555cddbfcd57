-- PostgreSQL's form of 0006 (see ../0006_mention_sets.sql): places is bytea (written compressed, as in 0010).
CREATE TABLE entity_mentions (
    entity_id TEXT NOT NULL,
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    count     INTEGER NOT NULL,
    first     INTEGER NOT NULL,
    places    BYTEA NOT NULL,
    PRIMARY KEY (entity_id, doc_id)
);
CREATE INDEX entity_mentions_by_doc ON entity_mentions(doc_id);
DROP TABLE mentions;

-- PostgreSQL's search index of documents, in its final form (SQLite reaches it through 0003, 0005 and 0010):
-- an entry (title, heading, paragraph, note) keeps its offsets into the document's text or notes text, and the
-- set of its character pairs as a tsvector (`allyscope.store.search.bigrams`, computed by allyscope; each pair a
-- lexeme taken as it is, never parsed or stemmed) under a GIN index. A query of two characters is one lexeme,
-- a longer one the AND of its pairs and words (allyscope.store.postgres_search).
CREATE TABLE search_entries (
    id      INTEGER PRIMARY KEY,
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    layer   TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    pairs   tsvector NOT NULL
);
CREATE INDEX search_entries_by_doc ON search_entries(doc_id);
CREATE INDEX search_entries_pairs ON search_entries USING gin (pairs);

-- Full-text search over stored documents. Each entry is a paragraph, heading or note of a document.
-- search_trigram (FTS5 trigram tokenizer) answers queries of three characters or more; Chinese and Japanese
-- queries of two characters (北约, 日本, 岸田), which trigrams cannot match, go to search_bigram, whose text is
-- each entry rewritten as overlapping character pairs, so that a two-character query is one token.
CREATE TABLE search_entries (
    id      INTEGER PRIMARY KEY,
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    layer   TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    TEXT NOT NULL
);
CREATE INDEX search_entries_by_doc ON search_entries(doc_id);

CREATE VIRTUAL TABLE search_trigram USING fts5(text, content='search_entries', content_rowid='id', tokenize='trigram');

CREATE VIRTUAL TABLE search_bigram USING fts5(grams, tokenize='unicode61');

-- The pair index without copies (issue 18: the store was ten times its input). search_pairs kept its own
-- copy of every entry's pairs (a third of the store) and search_entries a copy of every entry's text (the
-- body's third copy, after raw and text). Now:
-- - search_pairs is contentless (content='') and keeps no positions (detail=none): search
--   checks every hit against the text anyway, so a longer query is the AND of its pairs, not a phrase. An
--   entry is removed with FTS5's 'delete' command and its pairs computed again (allyscope_pairs, the
--   function `allyscope.store.search.bigrams`, registered by `migrate`).
-- - search_entries keeps offsets only: a body entry's text is documents.text[start:end], a note's is
--   documents.notes_text[start:end] (notes had 0, 0: their offsets are found here).
CREATE VIRTUAL TABLE search_pairs_compact USING fts5(grams, tokenize='ascii', content='', detail=none);
INSERT INTO search_pairs_compact (rowid, grams) SELECT id, allyscope_pairs(text) FROM search_entries;
DROP TABLE search_pairs;
ALTER TABLE search_pairs_compact RENAME TO search_pairs;
-- FTS5 keeps new pairs in memory up to `hashsize` bytes before it writes them out as a segment: 32 MiB holds
-- a batch of 100 articles, so a batch becomes one segment instead of a dozen merged again later.
INSERT INTO search_pairs (search_pairs, rank) VALUES ('hashsize', 33554432);
UPDATE search_entries
    SET start = instr((SELECT d.notes_text FROM documents d WHERE d.id = search_entries.doc_id), text) - 1,
        "end" = instr((SELECT d.notes_text FROM documents d WHERE d.id = search_entries.doc_id), text) - 1
                + length(text)
    WHERE layer = 'notes';
ALTER TABLE search_entries DROP COLUMN text;
-- documents.raw and documents.structure, read whole and only by Python, are written zlib-compressed (a BLOB;
-- rows written before stay TEXT, and `allyscope.store.packing.unpack` reads both); raw_chars keeps the length
-- of the raw text that `length(raw)` gave. entity_mentions.places is written compressed the same way.
ALTER TABLE documents ADD COLUMN raw_chars INTEGER;

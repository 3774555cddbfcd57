-- PostgreSQL's form of 0018 (see ../0018_passages.sql for why SQLite stores them): here each long column is
-- kept apart (TOAST), so a substring of the clean text is read without the raw text before it; `passages` is a
-- view over the same substrings, nothing is stored twice, and the key lookups are the indexes of `spans` and
-- `footnotes`.
CREATE VIEW passages AS
    SELECT s.doc_id, 'body'::text AS layer, s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start) AS text
    FROM spans s JOIN documents d ON d.id = s.doc_id
    WHERE s.layer = 'body' AND s.kind = 'paragraph'
    UNION ALL
    SELECT f.doc_id, 'notes'::text AS layer, f.start, f."end", substr(d.notes_text, f.start + 1, f."end" - f.start)
    FROM footnotes f JOIN documents d ON d.id = f.doc_id;

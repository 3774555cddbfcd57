-- The paragraphs and notes a fact page shows, each stored as its own short row (`passages`), kept by triggers.
--
-- A fact page shows each evidence sentence inside its paragraph and the notes it cites. They were read as a
-- `substr` of `documents.text` and `documents.notes_text`; but a column's value is read whole, and to reach it
-- SQLite follows the row's chain of overflow pages through every column stored before it (the raw text, then
-- the clean text): about 100 KB read for a paragraph of one or two, twice a page. On 10,000 documents these
-- reads were most of a fact page's cost. A passage row is read by its key (doc_id, layer, start): one page.
-- `layer` is 'body' for a paragraph (offsets into the clean text) and 'notes' for a note (offsets into the notes
-- text). Documents are immutable, so a passage is written once, when its span or note is; it goes with its
-- document (ON DELETE CASCADE) or its span. PostgreSQL reads a column without passing the others (each is kept
-- apart, TOAST), so there `passages` is a view over the same substrings (postgresql/0018_passages.sql).
CREATE TABLE passages (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    layer  TEXT NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    text   TEXT NOT NULL,
    PRIMARY KEY (doc_id, layer, start, "end")
) WITHOUT ROWID;

-- the stored documents' passages: documents the outer loop, so each one's pages are read while they are cached
INSERT OR IGNORE INTO passages (doc_id, layer, start, "end", text)
    SELECT s.doc_id, 'body', s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start)
    FROM documents d CROSS JOIN spans s ON s.doc_id = d.id
    WHERE s.layer = 'body' AND s.kind = 'paragraph';
INSERT OR IGNORE INTO passages (doc_id, layer, start, "end", text)
    SELECT f.doc_id, 'notes', f.start, f."end", substr(d.notes_text, f.start + 1, f."end" - f.start)
    FROM documents d CROSS JOIN footnotes f ON f.doc_id = d.id;

CREATE TRIGGER spans_passage_insert AFTER INSERT ON spans
    WHEN NEW.layer = 'body' AND NEW.kind = 'paragraph' BEGIN
    INSERT OR IGNORE INTO passages (doc_id, layer, start, "end", text)
        SELECT NEW.doc_id, 'body', NEW.start, NEW."end", substr(d.text, NEW.start + 1, NEW."end" - NEW.start)
        FROM documents d WHERE d.id = NEW.doc_id;
END;
CREATE TRIGGER spans_passage_delete AFTER DELETE ON spans
    WHEN OLD.layer = 'body' AND OLD.kind = 'paragraph' BEGIN
    DELETE FROM passages WHERE doc_id = OLD.doc_id AND layer = 'body' AND start = OLD.start AND "end" = OLD."end";
END;
CREATE TRIGGER footnotes_passage_insert AFTER INSERT ON footnotes BEGIN
    INSERT OR IGNORE INTO passages (doc_id, layer, start, "end", text)
        SELECT NEW.doc_id, 'notes', NEW.start, NEW."end", substr(d.notes_text, NEW.start + 1, NEW."end" - NEW.start)
        FROM documents d WHERE d.id = NEW.doc_id;
END;
CREATE TRIGGER footnotes_passage_delete AFTER DELETE ON footnotes BEGIN
    DELETE FROM passages WHERE doc_id = OLD.doc_id AND layer = 'notes' AND start = OLD.start AND "end" = OLD."end";
END;

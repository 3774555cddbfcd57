-- Issue 18: the writer's cost per article still grew with the store. A document's id is the start of its text's
-- SHA-256, and spans, notes, markers, mentions and search entries were kept in b-trees keyed by it: each new
-- document's rows landed at a random place, so a batch rewrote a page or more per document and per structure,
-- and more of them as the store grew (footnotes, markers, spans, search entries and mentions by document: 9
-- pages an article at 200 stored, 18 at 2,000). Now every document gets a number that grows as documents are
-- written (document_keys), and those tables are keyed by it: a new document's rows go at the right edge of
-- every b-tree they enter, whatever the store's size. The writer numbers the documents it writes itself; no
-- trigger on documents does it, because a statement that fires a trigger opens a statement journal, and that
-- makes FTS5 write out the pairs it holds in memory (a small segment per group of documents, merged again later).
--
-- The tables keep their names as views that show the text id as before (`doc_id`), so every query that reads
-- them is unchanged; the rows themselves live in `*_rows` tables with an integer `doc`. The writer
-- (`Store.write`) and the search index write the `*_rows` tables directly; anything else that inserts into a
-- view goes through its INSTEAD OF trigger, which numbers the document if it has no number yet. Deleting a document deletes its key,
-- and that its rows (foreign keys, as before). The documents table itself is not touched: its text id stays.
CREATE TABLE document_keys (
    num INTEGER PRIMARY KEY,
    id  TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE
);
INSERT INTO document_keys (id) SELECT id FROM documents ORDER BY rowid;

CREATE TABLE spans_rows (
    doc     INTEGER NOT NULL REFERENCES document_keys(num) ON DELETE CASCADE,
    layer   TEXT NOT NULL,
    kind    TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    page    INTEGER,
    attrs   TEXT,
    CHECK (start >= 0 AND "end" >= start)
);
INSERT INTO spans_rows (doc, layer, kind, start, "end", page, attrs)
    SELECT k.num, s.layer, s.kind, s.start, s."end", s.page, s.attrs
    FROM spans s JOIN document_keys k ON k.id = s.doc_id ORDER BY k.num, s.rowid;
DROP TABLE spans;
CREATE INDEX spans_rows_by_doc ON spans_rows(doc, layer, kind, start);
CREATE VIEW spans AS
    SELECT k.id AS doc_id, s.layer, s.kind, s.start, s."end", s.page, s.attrs
    FROM spans_rows s JOIN document_keys k ON k.num = s.doc;
CREATE TRIGGER spans_insert INSTEAD OF INSERT ON spans BEGIN
    INSERT OR IGNORE INTO document_keys (id) VALUES (NEW.doc_id);
    INSERT INTO spans_rows (doc, layer, kind, start, "end", page, attrs)
        VALUES ((SELECT num FROM document_keys WHERE id = NEW.doc_id), NEW.layer, NEW.kind, NEW.start, NEW."end",
                NEW.page, NEW.attrs);
END;

CREATE TABLE footnotes_rows (
    doc       INTEGER NOT NULL REFERENCES document_keys(num) ON DELETE CASCADE,
    id        TEXT NOT NULL,
    block     INTEGER NOT NULL,
    number    INTEGER NOT NULL,
    page      INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    style     TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    raw_start INTEGER NOT NULL,
    raw_end   INTEGER NOT NULL,
    PRIMARY KEY (doc, id)
) WITHOUT ROWID;
INSERT INTO footnotes_rows
    SELECT k.num, f.id, f.block, f.number, f.page, f.kind, f.style, f.start, f."end", f.raw_start, f.raw_end
    FROM footnotes f JOIN document_keys k ON k.id = f.doc_id;
DROP TABLE footnotes;
CREATE VIEW footnotes AS
    SELECT k.id AS doc_id, f.id, f.block, f.number, f.page, f.kind, f.style, f.start, f."end", f.raw_start, f.raw_end
    FROM footnotes_rows f JOIN document_keys k ON k.num = f.doc;
CREATE TRIGGER footnotes_insert INSTEAD OF INSERT ON footnotes BEGIN
    INSERT OR IGNORE INTO document_keys (id) VALUES (NEW.doc_id);
    INSERT INTO footnotes_rows
        VALUES ((SELECT num FROM document_keys WHERE id = NEW.doc_id), NEW.id, NEW.block, NEW.number, NEW.page,
                NEW.kind, NEW.style, NEW.start, NEW."end", NEW.raw_start, NEW.raw_end);
END;

CREATE TABLE markers_rows (
    doc       INTEGER NOT NULL REFERENCES document_keys(num) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    numbers   TEXT NOT NULL,
    style     TEXT NOT NULL,
    footnotes TEXT NOT NULL,
    PRIMARY KEY (doc, ord)
) WITHOUT ROWID;
INSERT INTO markers_rows
    SELECT k.num, m.ord, m.start, m."end", m.numbers, m.style, m.footnotes
    FROM markers m JOIN document_keys k ON k.id = m.doc_id;
DROP TABLE markers;
CREATE VIEW markers AS
    SELECT k.id AS doc_id, m.ord, m.start, m."end", m.numbers, m.style, m.footnotes
    FROM markers_rows m JOIN document_keys k ON k.num = m.doc;
CREATE TRIGGER markers_insert INSTEAD OF INSERT ON markers BEGIN
    INSERT OR IGNORE INTO document_keys (id) VALUES (NEW.doc_id);
    INSERT INTO markers_rows
        VALUES ((SELECT num FROM document_keys WHERE id = NEW.doc_id), NEW.ord, NEW.start, NEW."end", NEW.numbers,
                NEW.style, NEW.footnotes);
END;

-- Mentions stay a rowid table read by entity through an index ending in the rowid (see 0017).
CREATE TABLE entity_mentions_rows (
    entity_id TEXT NOT NULL,
    doc       INTEGER NOT NULL REFERENCES document_keys(num) ON DELETE CASCADE,
    count     INTEGER NOT NULL,
    first     INTEGER NOT NULL,
    places    TEXT NOT NULL
);
INSERT INTO entity_mentions_rows (entity_id, doc, count, first, places)
    SELECT m.entity_id, k.num, m.count, m.first, m.places
    FROM entity_mentions m JOIN document_keys k ON k.id = m.doc_id ORDER BY m.rowid;
DROP TABLE entity_mentions;
CREATE INDEX entity_mentions_rows_by_entity ON entity_mentions_rows(entity_id);
CREATE INDEX entity_mentions_rows_by_doc ON entity_mentions_rows(doc);
CREATE VIEW entity_mentions AS
    SELECT m.entity_id, k.id AS doc_id, m.count, m.first, m.places
    FROM entity_mentions_rows m JOIN document_keys k ON k.num = m.doc;
CREATE TRIGGER entity_mentions_insert INSTEAD OF INSERT ON entity_mentions BEGIN
    INSERT OR IGNORE INTO document_keys (id) VALUES (NEW.doc_id);
    INSERT INTO entity_mentions_rows (entity_id, doc, count, first, places)
        VALUES (NEW.entity_id, (SELECT num FROM document_keys WHERE id = NEW.doc_id), NEW.count, NEW.first,
                NEW.places);
END;

-- Search entries keep their numbers (the pair index's rowids).
CREATE TABLE search_entries_rows (
    id      INTEGER PRIMARY KEY,
    doc     INTEGER NOT NULL REFERENCES document_keys(num) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    layer   TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL
);
INSERT INTO search_entries_rows (id, doc, kind, layer, start, "end")
    SELECT e.id, k.num, e.kind, e.layer, e.start, e."end"
    FROM search_entries e JOIN document_keys k ON k.id = e.doc_id ORDER BY e.id;
DROP TABLE search_entries;
CREATE INDEX search_entries_rows_by_doc ON search_entries_rows(doc);
CREATE VIEW search_entries AS
    SELECT e.id, k.id AS doc_id, e.kind, e.layer, e.start, e."end"
    FROM search_entries_rows e JOIN document_keys k ON k.num = e.doc;
CREATE TRIGGER search_entries_insert INSTEAD OF INSERT ON search_entries BEGIN
    INSERT OR IGNORE INTO document_keys (id) VALUES (NEW.doc_id);
    INSERT INTO search_entries_rows (id, doc, kind, layer, start, "end")
        VALUES (NEW.id, (SELECT num FROM document_keys WHERE id = NEW.doc_id), NEW.kind, NEW.layer, NEW.start,
                NEW."end");
END;

-- Documents as ingested: the decoded raw input, the clean body and notes texts, and the structure JSON.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    source      TEXT NOT NULL,
    encoding    TEXT NOT NULL,
    title       TEXT NOT NULL,
    language    TEXT NOT NULL,
    raw         TEXT NOT NULL,
    text        TEXT NOT NULL,
    notes_text  TEXT NOT NULL,
    structure   TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

-- Typed spans of the body (layer 'body') or of the notes text (layer 'notes'); half-open code-point offsets.
CREATE TABLE spans (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    layer   TEXT NOT NULL,
    kind    TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    page    INTEGER,
    attrs   TEXT,
    CHECK (start >= 0 AND "end" >= start)
);
CREATE INDEX spans_by_doc ON spans(doc_id, layer, kind, start);

CREATE TABLE footnotes (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE markers (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    numbers   TEXT NOT NULL,
    style     TEXT NOT NULL,
    footnotes TEXT NOT NULL,
    PRIMARY KEY (doc_id, ord)
);

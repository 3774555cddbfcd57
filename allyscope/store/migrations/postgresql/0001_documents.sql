-- PostgreSQL's form of 0001 (see ../0001_documents.sql for what each table is). It differs in:
-- - raw and structure are bytea: they are written zlib-compressed (migration 0010; allyscope.store.packing), and
--   a PostgreSQL knowledge base is always made by a version that compresses them;
-- - the functions SQLite has and PostgreSQL lacks that the shared queries call (instr), and the two that turn
--   an FTS5 phrase of the facts' search into a pattern and a query (allyscope.store.postgres_sql).
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    source      TEXT NOT NULL,
    encoding    TEXT NOT NULL,
    title       TEXT NOT NULL,
    language    TEXT NOT NULL,
    raw         BYTEA NOT NULL,
    text        TEXT NOT NULL,
    notes_text  TEXT NOT NULL,
    structure   BYTEA NOT NULL,
    ingested_at TEXT NOT NULL
);

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

-- SQLite's instr(haystack, needle): 1-based position, 0 when absent
CREATE FUNCTION instr(text, text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT strpos($1, $2)';

-- An FTS5 phrase ("a ""quoted"" word") as the text it stands for
CREATE FUNCTION allyscope_phrase(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT replace(regexp_replace($1, '^"(.*)"$', '\1', 's'), '""', '"') $$;

-- the phrase as an ILIKE pattern that finds it anywhere (its own % _ \ taken literally)
CREATE FUNCTION allyscope_phrase_like(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT '%' || regexp_replace(allyscope_phrase($1), '([%_\\])', '\\\1', 'g') || '%' $$;

-- the phrase as a tsquery of one lexeme (a character pair of the pair index)
CREATE FUNCTION allyscope_phrase_query(text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT ('''' || replace(replace(allyscope_phrase($1), '\', '\\'), '''', '''''') || '''')::tsquery $$;

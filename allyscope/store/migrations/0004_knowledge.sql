-- The knowledge base: reviewed facts with their sources and evidence, review decisions on extracted candidates,
-- agreements with their obligations, and recorded (reversible) entity merges.
CREATE TABLE sources (
    id     TEXT PRIMARY KEY,
    type   TEXT NOT NULL,
    title  TEXT NOT NULL,
    url    TEXT,
    issued TEXT,
    data   TEXT NOT NULL
);

CREATE TABLE facts (
    num         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    date        TEXT NOT NULL,
    date_start  TEXT NOT NULL,
    date_end    TEXT NOT NULL,
    long        INTEGER NOT NULL DEFAULT 0,  -- 1 when the date spans more than LONG_DAYS (see knowledge/facts.py)
    precision   TEXT NOT NULL,
    type        TEXT NOT NULL,
    cameo       TEXT,
    domain      TEXT NOT NULL,
    mode        TEXT NOT NULL,
    level       TEXT NOT NULL,
    summary     TEXT NOT NULL,
    origin      TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    data        TEXT NOT NULL
);
CREATE INDEX facts_by_start ON facts(date_start, date_end, long);
CREATE INDEX facts_by_domain ON facts(domain, date_start);
CREATE INDEX facts_by_type ON facts(type, date_start);
CREATE INDEX facts_by_domain_type ON facts(domain, type, date_start);
CREATE INDEX facts_long ON facts(date_start) WHERE long = 1;

CREATE TABLE fact_actors (
    fact_num  INTEGER NOT NULL REFERENCES facts(num) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    role      TEXT NOT NULL
);
CREATE INDEX fact_actors_by_entity ON fact_actors(entity_id, fact_num);
CREATE INDEX fact_actors_by_fact ON fact_actors(fact_num);

CREATE TABLE fact_sources (
    fact_num  INTEGER NOT NULL REFERENCES facts(num) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id),
    locator   TEXT
);
CREATE INDEX fact_sources_by_fact ON fact_sources(fact_num);

-- A sentence of a stored document that supports a fact, recorded by a review decision.
CREATE TABLE fact_evidence (
    fact_num    INTEGER NOT NULL REFERENCES facts(num) ON DELETE CASCADE,
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    candidate   TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    footnotes   TEXT NOT NULL,
    decision_id INTEGER NOT NULL,
    UNIQUE (fact_num, candidate)
);
CREATE INDEX fact_evidence_by_fact ON fact_evidence(fact_num);

-- One row per review decision, kept for ever; the latest for a candidate is the one in force.
-- `candidate` names an extracted event by its document's content hash, sentence offsets and date, so that it
-- is found again when the same document is ingested into another database.
CREATE TABLE decisions (
    id        INTEGER PRIMARY KEY,
    candidate TEXT NOT NULL,
    doc_sha   TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('accept', 'merge', 'edit', 'reject')),
    fact_id   TEXT,
    changes   TEXT,
    reason    TEXT,
    by        TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX decisions_by_candidate ON decisions(candidate, id);
CREATE INDEX decisions_by_doc ON decisions(doc_sha);

CREATE TABLE agreements (
    id     TEXT PRIMARY KEY,
    signed TEXT,
    data   TEXT NOT NULL
);
CREATE TABLE agreement_parties (
    agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    entity_id    TEXT NOT NULL
);
CREATE INDEX agreement_parties_by_entity ON agreement_parties(entity_id);

CREATE TABLE entity_merges (
    id        INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL,
    into_id   TEXT NOT NULL,
    by        TEXT NOT NULL,
    at        TEXT NOT NULL,
    undone_by TEXT,
    undone_at TEXT
);
CREATE INDEX entity_merges_by_entity ON entity_merges(entity_id);

CREATE TABLE case_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Full-text search over facts: summary, actors' names and evidence, indexed like documents (trigrams + pairs).
CREATE VIRTUAL TABLE fact_search_trigram USING fts5(text, tokenize='trigram');
CREATE VIRTUAL TABLE fact_search_bigram USING fts5(grams, tokenize='unicode61');

-- Each extracted event names its candidate key (see `decisions`), so that decisions find it again.
ALTER TABLE events ADD COLUMN candidate TEXT;
UPDATE events SET candidate = (SELECT substr(d.sha256, 1, 16) FROM documents d WHERE d.id = events.doc_id)
    || ':' || start || '-' || "end" || ':' || date;
CREATE INDEX events_by_candidate ON events(candidate);

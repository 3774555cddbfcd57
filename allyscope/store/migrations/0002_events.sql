-- Entities named in stored documents, their mentions, and extracted events (candidates until reviewed).
CREATE TABLE entities (
    id    TEXT PRIMARY KEY,
    type  TEXT NOT NULL,
    name  TEXT NOT NULL,
    qid   TEXT,
    data  TEXT NOT NULL
);

CREATE TABLE mentions (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL
);
CREATE INDEX mentions_by_entity ON mentions(entity_id, doc_id);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    date           TEXT NOT NULL,
    date_sort      TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    type           TEXT NOT NULL,
    cameo          TEXT NOT NULL,
    domain         TEXT NOT NULL,
    mode           TEXT NOT NULL,
    summary        TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    status         TEXT NOT NULL DEFAULT 'candidate',
    data           TEXT NOT NULL
);
CREATE INDEX events_by_date ON events(date_sort);
CREATE INDEX events_by_domain ON events(domain, date_sort);

CREATE TABLE event_actors (
    event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    role      TEXT NOT NULL
);
CREATE INDEX event_actors_by_entity ON event_actors(entity_id, event_id);

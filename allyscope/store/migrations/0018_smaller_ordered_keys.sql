-- Issue 18: the store's size (4.06× the input after 0017, against 4×) and the writer's cost per article, which
-- still grew with the store through one index.
--
-- Events are read in (date_sort, rowid) order, no longer (date_sort, id). The event id begins with its
-- document's id, a hash, so in an index ordered by (date_sort, id) every new event went to a random place
-- among the events of its date: a batch of 100 articles rewrote a page per event (8 pages an article at 1,500
-- stored, growing with the store). An index on date_sort alone ends in the rowid, which grows as events are
-- written, so new events go at the end of their date's range: a page per date per batch at any size. It is
-- smaller too (no id in it). Within one date, events now come in the order they were written (a document's in
-- text order), and a page's cursor names its last event, whose (date_sort, rowid) is read again for the next
-- page: VACUUM may renumber rowids but keeps their order, so paging stays right across one.
DROP INDEX IF EXISTS events_by_date;
CREATE INDEX events_by_date ON events(date_sort);
-- Long dates (see 0014) the same way, in two small partial indexes: by date_sort (then the rowid) for a page
-- of them in order, and by (date_sort, date) for the question of which long dates reach a year, answered from
-- that index alone.
DROP INDEX IF EXISTS events_long;
CREATE INDEX events_long ON events(date_sort)
    WHERE instr(date, '/') > 0 OR instr(date, 'X') > 0 OR length(date) NOT IN (4, 7, 10) OR substr(date, 6, 2) > '12';
CREATE INDEX events_long_dates ON events(date_sort, date)
    WHERE instr(date, '/') > 0 OR instr(date, 'X') > 0 OR length(date) NOT IN (4, 7, 10) OR substr(date, 6, 2) > '12';

-- Notes and markers are read by (document, note id) and (document, order) only: stored in a table keyed by
-- that, without a rowid, the table is its own index instead of a table and a copy of its key beside it
-- (about 3% of a store of articles). Rows of one document stay together, as they did in the index.
CREATE TABLE footnotes_keyed (
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
) WITHOUT ROWID;
INSERT INTO footnotes_keyed SELECT * FROM footnotes;
DROP TABLE footnotes;
ALTER TABLE footnotes_keyed RENAME TO footnotes;

CREATE TABLE markers_keyed (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    numbers   TEXT NOT NULL,
    style     TEXT NOT NULL,
    footnotes TEXT NOT NULL,
    PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;
INSERT INTO markers_keyed SELECT * FROM markers;
DROP TABLE markers;
ALTER TABLE markers_keyed RENAME TO markers;

-- An event's `data` leaves out the fields that hold what an event holds unless told otherwise (`date_basis`
-- explicit, `where` body, an empty `actor_basis`, no notes cited; allyscope/store/event_rows.py puts them back):
-- about a sixth of an event row. Rows written before are slimmed the same way here.
UPDATE events SET data = json_remove(data, '$.date_basis')
    WHERE json_valid(data) AND json_type(data, '$.date_basis') = 'text' AND json_extract(data, '$.date_basis') = 'explicit';
UPDATE events SET data = json_remove(data, '$.where')
    WHERE json_valid(data) AND json_type(data, '$.where') = 'text' AND json_extract(data, '$.where') = 'body';
UPDATE events SET data = json_remove(data, '$.actor_basis')
    WHERE json_valid(data) AND json_type(data, '$.actor_basis') = 'object' AND json_extract(data, '$.actor_basis') = '{}';
UPDATE events SET data = json_remove(data, '$.evidence.footnotes')
    WHERE json_valid(data) AND json_type(data, '$.evidence.footnotes') = 'array'
      AND json_array_length(data, '$.evidence.footnotes') = 0;
UPDATE events SET data = json_remove(data, '$.evidence')
    WHERE json_valid(data) AND json_type(data, '$.evidence') = 'object' AND json_extract(data, '$.evidence') = '{}';

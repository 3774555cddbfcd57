-- Issue 17: a page of an actor's events (the API's list, `allyscope events --actor X --limit N`) is read in the
-- events' order, (date_sort, rowid). Who took part is one table and the dates another, so an actor with a few
-- thousand events (a state, a minister) had all of them read, joined to their events and sorted to keep fifty:
-- 15-50 ms of CPU a page on 120,000 events, and dates are shared by thousands of events each (a year, a month),
-- so no index by date alone gives their order within it. Here each (actor, event) pair is a row keyed by the
-- entity, then the event's own order: a page of one entity's events is one index range read from its start,
-- and a party's members (eighty for NATO) a short range each, merged.
--
-- The rows are derived, kept by triggers as the timeline's are (0009): written with the actor's row (the event
-- is written first, as `Store.write` and the bulk loader do), gone with the event or the pair. `event_row` is
-- the event's rowid: SQLite's VACUUM keeps the rowids of a table with an index (events has several), and a new
-- event's is larger than any before, so a batch of new events goes at the end of each (entity, date) range, a
-- page per range per batch, as events_by_date does (0018).
--
-- Events of a long date (a range, unspecified digits: LONG_DATE of allyscope/outputs/filters.py, as 0014 and
-- 0018 index them) that start before a `from` year may reach into it; they share their sort key with short
-- dates (`2014/..` and `2014`), so their rows carry the date (`long_date`, NULL for every other event) under a
-- partial index by entity and date: the few of an actor's that reach a year are read without the thousands of
-- its events that merely start in the same year. One row and one statement a pair: each statement a trigger
-- runs costs the writer about 3 microseconds a row.
CREATE TABLE event_actor_dates (
    entity_id TEXT NOT NULL,
    date_sort TEXT NOT NULL,
    event_row INTEGER NOT NULL,
    long_date TEXT,
    PRIMARY KEY (entity_id, date_sort, event_row)
) WITHOUT ROWID;

INSERT OR IGNORE INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
    SELECT a.entity_id, e.date_sort, e.rowid, CASE WHEN instr(e.date, '/') > 0 OR instr(e.date, 'X') > 0 OR length(e.date) NOT IN (4, 7, 10) OR substr(e.date, 6, 2) > '12' THEN e.date END
    FROM event_actors a JOIN events e ON e.id = a.event_id;
CREATE INDEX event_actor_long_dates ON event_actor_dates(entity_id, long_date, date_sort, event_row)
    WHERE long_date IS NOT NULL;

-- an entity holding two roles in one event (actor and involved) is one row, kept while either role is
CREATE TRIGGER event_actor_dates_insert AFTER INSERT ON event_actors BEGIN
    INSERT OR IGNORE INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
        SELECT NEW.entity_id, e.date_sort, e.rowid, CASE WHEN instr(e.date, '/') > 0 OR instr(e.date, 'X') > 0 OR length(e.date) NOT IN (4, 7, 10) OR substr(e.date, 6, 2) > '12' THEN e.date END
        FROM events e WHERE e.id = NEW.event_id;
END;

CREATE TRIGGER event_actor_dates_delete AFTER DELETE ON event_actors
WHEN NOT EXISTS (SELECT 1 FROM event_actors WHERE event_id = OLD.event_id AND entity_id = OLD.entity_id) BEGIN
    DELETE FROM event_actor_dates
        WHERE (entity_id, date_sort, event_row) IN (
            SELECT OLD.entity_id, e.date_sort, e.rowid FROM events e WHERE e.id = OLD.event_id);
END;

CREATE TRIGGER event_actor_dates_update AFTER UPDATE OF event_id, entity_id ON event_actors BEGIN
    DELETE FROM event_actor_dates
        WHERE (entity_id, date_sort, event_row) IN (
            SELECT OLD.entity_id, e.date_sort, e.rowid FROM events e WHERE e.id = OLD.event_id)
          AND NOT EXISTS (SELECT 1 FROM event_actors WHERE event_id = OLD.event_id AND entity_id = OLD.entity_id);
    INSERT OR IGNORE INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
        SELECT NEW.entity_id, e.date_sort, e.rowid, CASE WHEN instr(e.date, '/') > 0 OR instr(e.date, 'X') > 0 OR length(e.date) NOT IN (4, 7, 10) OR substr(e.date, 6, 2) > '12' THEN e.date END
        FROM events e WHERE e.id = NEW.event_id;
END;

-- an event deleted (its document removed: the pairs go by cascade after the event, when it can no longer be
-- read) takes its rows first; an event whose date changes moves them
CREATE TRIGGER event_actor_dates_event_delete BEFORE DELETE ON events BEGIN
    DELETE FROM event_actor_dates
        WHERE entity_id IN (SELECT entity_id FROM event_actors WHERE event_id = OLD.id)
          AND date_sort = OLD.date_sort AND event_row = OLD.rowid;
END;

CREATE TRIGGER event_actor_dates_event_update AFTER UPDATE OF date, date_sort ON events BEGIN
    DELETE FROM event_actor_dates
        WHERE entity_id IN (SELECT entity_id FROM event_actors WHERE event_id = OLD.id)
          AND date_sort = OLD.date_sort AND event_row = OLD.rowid;
    INSERT OR IGNORE INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
        SELECT entity_id, NEW.date_sort, NEW.rowid, CASE WHEN instr(NEW.date, '/') > 0 OR instr(NEW.date, 'X') > 0 OR length(NEW.date) NOT IN (4, 7, 10) OR substr(NEW.date, 6, 2) > '12' THEN NEW.date END
        FROM event_actors WHERE event_id = NEW.id;
END;

-- `Store.resolve` names a document by its id's prefix, its SHA-256 (unique: indexed already) or its source
-- path: the source had no index, so naming a document (the review page of one document) read them all.
CREATE INDEX documents_by_source ON documents(source);

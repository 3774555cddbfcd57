-- Issue 18: the writer's pages an article grew from 49 near 200 stored to 71 near 10,000
-- (`bench_writer.py --docs 10000`; pages counted per table and index in the write-ahead log of each batch).
-- Most of the growth is in indexes whose new keys land at random places or in the middle of the tree, each
-- touching its own leaf (and splitting it) once the tree is larger than a batch. Two of them were the indexes
-- of who took part in which event: by the event's text id (its document's hash first: 2.8 -> 5.6 pages an
-- article) and by entity (1.6 -> 3.1), this last one a second copy of what `event_actor_dates` (0019) keys
-- already, entity first, for every query of an actor's events.
--
-- Here the pairs name their event by its rowid (`event_row`), which the writer gives each new event in
-- increasing order: the table and its one index (event, entity) both grow at their end, and queries of an
-- actor's events read `event_actor_dates`. As since 0021, the writer inserts into the table and writes a
-- batch's keys itself; everyone else (raw SQL, the bulk loader, `copy`) reads and writes the view
-- `event_actors`, with the same columns as before, whose INSTEAD OF triggers find the event's rowid, write the
-- pair and its key, and refuse a pair of an event that does not exist, as the foreign key did. A pair goes
-- with its event (a trigger does what the foreign key's cascade did), and the keys follow the pairs as in 0019.
-- Rowids of events stay as they are: SQLite's VACUUM keeps the rowids of a table with an index (0019).
CREATE TABLE event_roles (
    event_row INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    role      TEXT NOT NULL
);
INSERT INTO event_roles (rowid, event_row, entity_id, role)
    SELECT a.rowid, e.rowid, a.entity_id, a.role FROM event_actors_rows a JOIN events e ON e.id = a.event_id
    ORDER BY a.rowid;
CREATE INDEX event_roles_by_event ON event_roles(event_row, entity_id);

DROP VIEW event_actors;
DROP TRIGGER event_actor_dates_event_delete;
DROP TRIGGER event_actor_dates_event_update;
DROP TABLE event_actors_rows;

CREATE VIEW event_actors AS
    SELECT e.id AS event_id, r.entity_id, r.role FROM event_roles r JOIN events e ON e.rowid = r.event_row;

CREATE TRIGGER event_actors_insert INSTEAD OF INSERT ON event_actors BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed') WHERE NOT EXISTS (SELECT 1 FROM events WHERE id = NEW.event_id);
    INSERT INTO event_roles (event_row, entity_id, role)
        SELECT rowid, NEW.entity_id, NEW.role FROM events WHERE id = NEW.event_id;
    INSERT OR IGNORE INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
        SELECT NEW.entity_id, e.date_sort, e.rowid, CASE WHEN instr(e.date, '/') > 0 OR instr(e.date, 'X') > 0 OR length(e.date) NOT IN (4, 7, 10) OR substr(e.date, 6, 2) > '12' THEN e.date END
        FROM events e WHERE e.id = NEW.event_id;
END;

-- a pair written twice (the same entity in the same role of one event) is two alike rows: deleting one deletes both
CREATE TRIGGER event_actors_delete INSTEAD OF DELETE ON event_actors BEGIN
    DELETE FROM event_roles
        WHERE event_row = (SELECT rowid FROM events WHERE id = OLD.event_id) AND entity_id = OLD.entity_id
          AND role = OLD.role;
END;

CREATE TRIGGER event_actors_update INSTEAD OF UPDATE ON event_actors BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed') WHERE NOT EXISTS (SELECT 1 FROM events WHERE id = NEW.event_id);
    UPDATE event_roles
        SET event_row = (SELECT rowid FROM events WHERE id = NEW.event_id), entity_id = NEW.entity_id, role = NEW.role
        WHERE event_row = (SELECT rowid FROM events WHERE id = OLD.event_id) AND entity_id = OLD.entity_id
          AND role = OLD.role;
END;

CREATE TRIGGER event_roles_delete AFTER DELETE ON event_roles
WHEN NOT EXISTS (SELECT 1 FROM event_roles WHERE event_row = OLD.event_row AND entity_id = OLD.entity_id) BEGIN
    DELETE FROM event_actor_dates
        WHERE entity_id = OLD.entity_id AND event_row = OLD.event_row
          AND date_sort = (SELECT date_sort FROM events WHERE rowid = OLD.event_row);
END;

CREATE TRIGGER event_roles_update AFTER UPDATE OF event_row, entity_id ON event_roles BEGIN
    DELETE FROM event_actor_dates
        WHERE entity_id = OLD.entity_id AND event_row = OLD.event_row
          AND date_sort = (SELECT date_sort FROM events WHERE rowid = OLD.event_row)
          AND NOT EXISTS (SELECT 1 FROM event_roles WHERE event_row = OLD.event_row AND entity_id = OLD.entity_id);
    INSERT OR IGNORE INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
        SELECT NEW.entity_id, e.date_sort, e.rowid, CASE WHEN instr(e.date, '/') > 0 OR instr(e.date, 'X') > 0 OR length(e.date) NOT IN (4, 7, 10) OR substr(e.date, 6, 2) > '12' THEN e.date END
        FROM events e WHERE e.rowid = NEW.event_row;
END;

-- an event's keys and pairs go with it (before: the foreign key's cascade, and 0019's trigger)
CREATE TRIGGER event_roles_event_delete BEFORE DELETE ON events BEGIN
    DELETE FROM event_actor_dates
        WHERE entity_id IN (SELECT entity_id FROM event_roles WHERE event_row = OLD.rowid)
          AND date_sort = OLD.date_sort AND event_row = OLD.rowid;
END;

CREATE TRIGGER event_roles_event_gone AFTER DELETE ON events BEGIN
    DELETE FROM event_roles WHERE event_row = OLD.rowid;
END;

CREATE TRIGGER event_roles_event_update AFTER UPDATE OF date, date_sort ON events BEGIN
    DELETE FROM event_actor_dates
        WHERE entity_id IN (SELECT entity_id FROM event_roles WHERE event_row = OLD.rowid)
          AND date_sort = OLD.date_sort AND event_row = OLD.rowid;
    INSERT OR IGNORE INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
        SELECT DISTINCT entity_id, NEW.date_sort, NEW.rowid, CASE WHEN instr(NEW.date, '/') > 0 OR instr(NEW.date, 'X') > 0 OR length(NEW.date) NOT IN (4, 7, 10) OR substr(NEW.date, 6, 2) > '12' THEN NEW.date END
        FROM event_roles WHERE event_row = NEW.rowid;
END;

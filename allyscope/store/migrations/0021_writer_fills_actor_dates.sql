-- Issue 18: 0019 keeps `event_actor_dates` by a trigger on every row inserted into event_actors. The writer
-- inserts a hundred-odd of those rows an article, and each ran the trigger's own statement (a lookup of the
-- event, an insert): `bench_writer.py --docs 10000` spent 4.5 / 6.1 / 8.2 ms CPU and wrote 50 / 98 / 100 pages
-- an article near 200 / 2,000 / 10,000 stored with it, 4.1 / 5.0 / 5.0 ms and 48 / 66 / 71 pages without it
-- (the keys written once a batch, sorted, by the writer). Here the writer
-- (`Store.write`) fills the table itself, one `executemany` a batch, from the rows it has in hand (the event's
-- date and the rowid it gives the event), as it numbers documents itself since 0020.
--
-- For everyone else the table stays right as before: who took part in which event is kept in
-- `event_actors_rows`, which the writer inserts into directly, and `event_actors` is a view of it whose INSTEAD
-- OF trigger writes both the pair and its key: raw SQL, the bulk loader and `copy` insert through the view.
-- Deleting or changing a pair (through the view or the table) and deleting or re-dating an event keep their
-- triggers of 0019, which the writer never fires (it only inserts). The view has the table's columns and its
-- rows in the same order, so every query that reads `event_actors` is unchanged, indexes included.
CREATE TABLE event_actors_rows (
    event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    role      TEXT NOT NULL
);
INSERT INTO event_actors_rows (rowid, event_id, entity_id, role) SELECT rowid, event_id, entity_id, role FROM event_actors;
DROP TABLE event_actors;
CREATE INDEX event_actors_by_entity ON event_actors_rows(entity_id);
CREATE INDEX event_actors_by_event ON event_actors_rows(event_id);

CREATE VIEW event_actors AS SELECT event_id, entity_id, role FROM event_actors_rows;

CREATE TRIGGER event_actors_insert INSTEAD OF INSERT ON event_actors BEGIN
    INSERT INTO event_actors_rows (event_id, entity_id, role) VALUES (NEW.event_id, NEW.entity_id, NEW.role);
    INSERT OR IGNORE INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
        SELECT NEW.entity_id, e.date_sort, e.rowid, CASE WHEN instr(e.date, '/') > 0 OR instr(e.date, 'X') > 0 OR length(e.date) NOT IN (4, 7, 10) OR substr(e.date, 6, 2) > '12' THEN e.date END
        FROM events e WHERE e.id = NEW.event_id;
END;

-- a pair written twice (the same entity in the same role of one event) is two alike rows: deleting one deletes both
CREATE TRIGGER event_actors_delete INSTEAD OF DELETE ON event_actors BEGIN
    DELETE FROM event_actors_rows
        WHERE event_id = OLD.event_id AND entity_id = OLD.entity_id AND role = OLD.role;
END;

CREATE TRIGGER event_actors_update INSTEAD OF UPDATE ON event_actors BEGIN
    UPDATE event_actors_rows SET event_id = NEW.event_id, entity_id = NEW.entity_id, role = NEW.role
        WHERE event_id = OLD.event_id AND entity_id = OLD.entity_id AND role = OLD.role;
END;

-- 0019's triggers of a pair removed or changed, on the table that holds the pairs now
CREATE TRIGGER event_actor_dates_delete AFTER DELETE ON event_actors_rows
WHEN NOT EXISTS (SELECT 1 FROM event_actors_rows WHERE event_id = OLD.event_id AND entity_id = OLD.entity_id) BEGIN
    DELETE FROM event_actor_dates
        WHERE (entity_id, date_sort, event_row) IN (
            SELECT OLD.entity_id, e.date_sort, e.rowid FROM events e WHERE e.id = OLD.event_id);
END;

CREATE TRIGGER event_actor_dates_update AFTER UPDATE OF event_id, entity_id ON event_actors_rows BEGIN
    DELETE FROM event_actor_dates
        WHERE (entity_id, date_sort, event_row) IN (
            SELECT OLD.entity_id, e.date_sort, e.rowid FROM events e WHERE e.id = OLD.event_id)
          AND NOT EXISTS (SELECT 1 FROM event_actors_rows WHERE event_id = OLD.event_id AND entity_id = OLD.entity_id);
    INSERT OR IGNORE INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
        SELECT NEW.entity_id, e.date_sort, e.rowid, CASE WHEN instr(e.date, '/') > 0 OR instr(e.date, 'X') > 0 OR length(e.date) NOT IN (4, 7, 10) OR substr(e.date, 6, 2) > '12' THEN e.date END
        FROM events e WHERE e.id = NEW.event_id;
END;

DROP TRIGGER event_actor_dates_event_delete;
CREATE TRIGGER event_actor_dates_event_delete BEFORE DELETE ON events BEGIN
    DELETE FROM event_actor_dates
        WHERE entity_id IN (SELECT entity_id FROM event_actors_rows WHERE event_id = OLD.id)
          AND date_sort = OLD.date_sort AND event_row = OLD.rowid;
END;

DROP TRIGGER event_actor_dates_event_update;
CREATE TRIGGER event_actor_dates_event_update AFTER UPDATE OF date, date_sort ON events BEGIN
    DELETE FROM event_actor_dates
        WHERE entity_id IN (SELECT entity_id FROM event_actors_rows WHERE event_id = OLD.id)
          AND date_sort = OLD.date_sort AND event_row = OLD.rowid;
    INSERT OR IGNORE INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
        SELECT entity_id, NEW.date_sort, NEW.rowid, CASE WHEN instr(NEW.date, '/') > 0 OR instr(NEW.date, 'X') > 0 OR length(NEW.date) NOT IN (4, 7, 10) OR substr(NEW.date, 6, 2) > '12' THEN NEW.date END
        FROM event_actors_rows WHERE event_id = NEW.id;
END;

-- PostgreSQL's form of 0019 (see ../0019_actor_events_by_date.sql for why): each (entity, event) pair keyed by
-- the entity, then the event's order (date_sort, rowid; events have a rowid column here since 0018), a long
-- date's pairs under a partial index by entity and date as well, kept by row triggers. An event's pairs go
-- before the event does (the cascade from events to event_actors runs after the statement, when the event can
-- no longer be read). Text columns compare byte by byte, as SQLite's.
CREATE TABLE event_actor_dates (
    entity_id TEXT NOT NULL,
    date_sort TEXT NOT NULL,
    event_row BIGINT NOT NULL,
    long_date TEXT,
    PRIMARY KEY (entity_id, date_sort, event_row)
);

INSERT INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
    SELECT DISTINCT a.entity_id, e.date_sort, e.rowid, CASE WHEN instr(e.date, '/') > 0 OR instr(e.date, 'X') > 0 OR length(e.date) NOT IN (4, 7, 10) OR substr(e.date, 6, 2) > '12' THEN e.date END
    FROM event_actors a JOIN events e ON e.id = a.event_id;
CREATE INDEX event_actor_long_dates ON event_actor_dates(entity_id, long_date, date_sort, event_row)
    WHERE long_date IS NOT NULL;

CREATE FUNCTION allyscope_event_actor_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE')
       AND NOT EXISTS (SELECT 1 FROM event_actors WHERE event_id = OLD.event_id AND entity_id = OLD.entity_id) THEN
        DELETE FROM event_actor_dates x USING events e
            WHERE e.id = OLD.event_id AND x.entity_id = OLD.entity_id AND x.date_sort = e.date_sort
              AND x.event_row = e.rowid;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
            SELECT NEW.entity_id, e.date_sort, e.rowid, CASE WHEN instr(e.date, '/') > 0 OR instr(e.date, 'X') > 0 OR length(e.date) NOT IN (4, 7, 10) OR substr(e.date, 6, 2) > '12' THEN e.date END
            FROM events e WHERE e.id = NEW.event_id
            ON CONFLICT DO NOTHING;
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER event_actor_dates_insert AFTER INSERT ON event_actors
    FOR EACH ROW EXECUTE FUNCTION allyscope_event_actor_dates();
CREATE TRIGGER event_actor_dates_delete AFTER DELETE ON event_actors
    FOR EACH ROW EXECUTE FUNCTION allyscope_event_actor_dates();
CREATE TRIGGER event_actor_dates_update AFTER UPDATE OF event_id, entity_id ON event_actors
    FOR EACH ROW EXECUTE FUNCTION allyscope_event_actor_dates();

CREATE FUNCTION allyscope_event_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM event_actor_dates
        WHERE entity_id IN (SELECT entity_id FROM event_actors WHERE event_id = OLD.id)
          AND date_sort = OLD.date_sort AND event_row = OLD.rowid;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO event_actor_dates (entity_id, date_sort, event_row, long_date)
            SELECT entity_id, NEW.date_sort, NEW.rowid, CASE WHEN instr(NEW.date, '/') > 0 OR instr(NEW.date, 'X') > 0 OR length(NEW.date) NOT IN (4, 7, 10) OR substr(NEW.date, 6, 2) > '12' THEN NEW.date END
            FROM event_actors WHERE event_id = NEW.id
            ON CONFLICT DO NOTHING;
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER event_actor_dates_event_delete BEFORE DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION allyscope_event_dates();
CREATE TRIGGER event_actor_dates_event_update AFTER UPDATE OF date, date_sort, rowid ON events
    FOR EACH ROW EXECUTE FUNCTION allyscope_event_dates();

CREATE INDEX documents_by_source ON documents(source);

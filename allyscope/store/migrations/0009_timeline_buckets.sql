-- The timeline as index scans that stop after one page (see allyscope/knowledge/facts.py `timeline`).
--
-- A timeline page is "the first N facts in date order that match the filters". Each filter mix has an index
-- whose order is the page's order (date_start, then num), so a page reads N index entries and no more:
-- facts(date_start), the existing facts(domain, date_start), facts(type, date_start) and
-- facts(domain, type, date_start), and, for an actor, timeline_actors: one row per fact and entity, keyed by
-- (entity, date_start, num), with the fact's domain and type so that they are checked in the index.
--
-- A date filter `from` asks for facts that END on or after it, which no start-ordered index bounds. Facts that
-- start on or after `from` are the start-ordered scans above; those that start before it and reach into it
-- are listed in timeline_years, where each fact has one row for every year it overlaps: they are the rows of
-- `from`'s year that start before `from`. Years before 1900 count as 1900 and after 2100 as 2100, so that an
-- open range has at most 201 rows. The years of a fact are the keys of a JSON array of that length (no table
-- of numbers in every database, and a trigger allows no WITH). `actors` lists the fact's entities (each
-- between two char(31)) so that an actor filter is checked in that row, too.
--
-- Triggers keep both tables equal to facts and fact_actors, whatever writes those.
DROP INDEX IF EXISTS facts_by_start;
DROP INDEX IF EXISTS facts_long;
CREATE INDEX facts_by_date ON facts(date_start);

CREATE TABLE timeline_years (
    year       INTEGER NOT NULL,
    date_start TEXT NOT NULL,
    num        INTEGER NOT NULL,
    date_end   TEXT NOT NULL,
    domain     TEXT NOT NULL,
    type       TEXT NOT NULL,
    actors     TEXT NOT NULL,
    PRIMARY KEY (year, date_start, num)
) WITHOUT ROWID;
CREATE INDEX timeline_years_by_num ON timeline_years(num);
-- facts carried into a year (open ranges are carried into every later one) found by domain or type directly
CREATE INDEX timeline_years_by_domain ON timeline_years(year, domain, date_start);
CREATE INDEX timeline_years_by_type ON timeline_years(year, type, date_start);

CREATE TABLE timeline_actors (
    entity_id  TEXT NOT NULL,
    date_start TEXT NOT NULL,
    num        INTEGER NOT NULL,
    domain     TEXT NOT NULL,
    type       TEXT NOT NULL,
    PRIMARY KEY (entity_id, date_start, num)
) WITHOUT ROWID;
CREATE INDEX timeline_actors_by_domain ON timeline_actors(entity_id, domain, date_start);
CREATE INDEX timeline_actors_by_type ON timeline_actors(entity_id, type, date_start);
CREATE INDEX timeline_actors_by_domain_type ON timeline_actors(entity_id, domain, type, date_start);
CREATE INDEX timeline_actors_by_num ON timeline_actors(num);

-- Existing facts (a database made before this migration).
INSERT INTO timeline_years (year, date_start, num, date_end, domain, type, actors)
    SELECT max(1900, min(2100, CAST(substr(f.date_start, 1, 4) AS INTEGER))) + y.key, f.date_start, f.num, f.date_end, f.domain, f.type,
           char(31) || coalesce((SELECT group_concat(entity_id || char(31), '')
                                 FROM (SELECT DISTINCT entity_id FROM fact_actors WHERE fact_num = f.num)), '')
    FROM facts f, json_each('[' || replace(hex(zeroblob(max(1900, min(2100, CAST(substr(f.date_end, 1, 4) AS INTEGER)))
                                                           - max(1900, min(2100, CAST(substr(f.date_start, 1, 4) AS INTEGER))))), '00', '0,') || '0]') y;
INSERT OR IGNORE INTO timeline_actors (entity_id, date_start, num, domain, type)
    SELECT a.entity_id, f.date_start, f.num, f.domain, f.type FROM fact_actors a JOIN facts f ON f.num = a.fact_num;

CREATE TRIGGER facts_timeline_insert AFTER INSERT ON facts BEGIN
    INSERT INTO timeline_years (year, date_start, num, date_end, domain, type, actors)
        SELECT max(1900, min(2100, CAST(substr(NEW.date_start, 1, 4) AS INTEGER))) + y.key, NEW.date_start, NEW.num, NEW.date_end, NEW.domain, NEW.type,
               char(31) || coalesce((SELECT group_concat(entity_id || char(31), '')
                                     FROM (SELECT DISTINCT entity_id FROM fact_actors WHERE fact_num = NEW.num)), '')
        FROM json_each('[' || replace(hex(zeroblob(max(1900, min(2100, CAST(substr(NEW.date_end, 1, 4) AS INTEGER)))
                                          - max(1900, min(2100, CAST(substr(NEW.date_start, 1, 4) AS INTEGER))))), '00', '0,') || '0]') y;
END;

CREATE TRIGGER facts_timeline_update AFTER UPDATE OF date_start, date_end, domain, type ON facts BEGIN
    DELETE FROM timeline_years WHERE num = OLD.num;
    INSERT INTO timeline_years (year, date_start, num, date_end, domain, type, actors)
        SELECT max(1900, min(2100, CAST(substr(NEW.date_start, 1, 4) AS INTEGER))) + y.key, NEW.date_start, NEW.num, NEW.date_end, NEW.domain, NEW.type,
               char(31) || coalesce((SELECT group_concat(entity_id || char(31), '')
                                     FROM (SELECT DISTINCT entity_id FROM fact_actors WHERE fact_num = NEW.num)), '')
        FROM json_each('[' || replace(hex(zeroblob(max(1900, min(2100, CAST(substr(NEW.date_end, 1, 4) AS INTEGER)))
                                          - max(1900, min(2100, CAST(substr(NEW.date_start, 1, 4) AS INTEGER))))), '00', '0,') || '0]') y;
    UPDATE timeline_actors SET date_start = NEW.date_start, domain = NEW.domain, type = NEW.type WHERE num = NEW.num;
END;

CREATE TRIGGER facts_timeline_delete AFTER DELETE ON facts BEGIN
    DELETE FROM timeline_years WHERE num = OLD.num;
    DELETE FROM timeline_actors WHERE num = OLD.num;
END;

CREATE TRIGGER fact_actors_timeline_insert AFTER INSERT ON fact_actors BEGIN
    INSERT OR IGNORE INTO timeline_actors (entity_id, date_start, num, domain, type)
        SELECT NEW.entity_id, f.date_start, f.num, f.domain, f.type FROM facts f WHERE f.num = NEW.fact_num;
    UPDATE timeline_years SET actors = actors || NEW.entity_id || char(31)
        WHERE num = NEW.fact_num AND instr(actors, char(31) || NEW.entity_id || char(31)) = 0;
END;

CREATE TRIGGER fact_actors_timeline_delete AFTER DELETE ON fact_actors BEGIN
    DELETE FROM timeline_actors WHERE num = OLD.fact_num AND entity_id = OLD.entity_id
        AND NOT EXISTS (SELECT 1 FROM fact_actors WHERE fact_num = OLD.fact_num AND entity_id = OLD.entity_id);
    UPDATE timeline_years
        SET actors = char(31) || coalesce((SELECT group_concat(entity_id || char(31), '')
                                           FROM (SELECT DISTINCT entity_id FROM fact_actors
                                                 WHERE fact_num = OLD.fact_num)), '')
        WHERE num = OLD.fact_num;
END;

CREATE TRIGGER fact_actors_timeline_update AFTER UPDATE OF fact_num, entity_id ON fact_actors BEGIN
    DELETE FROM timeline_actors WHERE num = OLD.fact_num AND entity_id = OLD.entity_id
        AND NOT EXISTS (SELECT 1 FROM fact_actors WHERE fact_num = OLD.fact_num AND entity_id = OLD.entity_id);
    INSERT OR IGNORE INTO timeline_actors (entity_id, date_start, num, domain, type)
        SELECT NEW.entity_id, f.date_start, f.num, f.domain, f.type FROM facts f WHERE f.num = NEW.fact_num;
    UPDATE timeline_years
        SET actors = char(31) || coalesce((SELECT group_concat(entity_id || char(31), '')
                                           FROM (SELECT DISTINCT entity_id FROM fact_actors
                                                 WHERE fact_num = timeline_years.num)), '')
        WHERE num IN (OLD.fact_num, NEW.fact_num);
END;

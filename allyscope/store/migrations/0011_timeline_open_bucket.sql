-- Facts without an end in sight listed once, not once a year (see migration 0009 and knowledge/facts.py).
--
-- timeline_years listed a fact under every year it overlaps, up to 2100: an open range (`2019/..`, which ends
-- 9999-12-31) had about eighty rows, each rewritten when its actors change, and every year's bucket carried
-- all of them. A fact that ends after 2100 now has one row, in the bucket OPEN (year 9999): a `from` query
-- reads its year's bucket and this one, both as index scans in (date_start, num) order that stop after a page.
-- Facts that end by 2100 keep their rows per year.
INSERT OR IGNORE INTO timeline_years (year, date_start, num, date_end, domain, type, actors)
    SELECT 9999, date_start, num, date_end, domain, type, actors FROM timeline_years
    WHERE CAST(substr(date_end, 1, 4) AS INTEGER) > 2100 GROUP BY num;
DELETE FROM timeline_years WHERE year != 9999 AND CAST(substr(date_end, 1, 4) AS INTEGER) > 2100;

DROP TRIGGER facts_timeline_insert;
DROP TRIGGER facts_timeline_update;

CREATE TRIGGER facts_timeline_insert AFTER INSERT ON facts BEGIN
    INSERT INTO timeline_years (year, date_start, num, date_end, domain, type, actors)
        SELECT max(1900, min(2100, CAST(substr(NEW.date_start, 1, 4) AS INTEGER))) + y.key, NEW.date_start, NEW.num, NEW.date_end, NEW.domain, NEW.type,
               char(31) || coalesce((SELECT group_concat(entity_id || char(31), '')
                                     FROM (SELECT DISTINCT entity_id FROM fact_actors WHERE fact_num = NEW.num)), '')
        FROM json_each('[' || replace(hex(zeroblob(max(1900, min(2100, CAST(substr(NEW.date_end, 1, 4) AS INTEGER)))
                                          - max(1900, min(2100, CAST(substr(NEW.date_start, 1, 4) AS INTEGER))))), '00', '0,') || '0]') y
        WHERE CAST(substr(NEW.date_end, 1, 4) AS INTEGER) <= 2100;
    INSERT INTO timeline_years (year, date_start, num, date_end, domain, type, actors)
        SELECT 9999, NEW.date_start, NEW.num, NEW.date_end, NEW.domain, NEW.type,
               char(31) || coalesce((SELECT group_concat(entity_id || char(31), '')
                                     FROM (SELECT DISTINCT entity_id FROM fact_actors WHERE fact_num = NEW.num)), '')
        WHERE CAST(substr(NEW.date_end, 1, 4) AS INTEGER) > 2100;
END;

CREATE TRIGGER facts_timeline_update AFTER UPDATE OF date_start, date_end, domain, type ON facts BEGIN
    DELETE FROM timeline_years WHERE num = OLD.num;
    INSERT INTO timeline_years (year, date_start, num, date_end, domain, type, actors)
        SELECT max(1900, min(2100, CAST(substr(NEW.date_start, 1, 4) AS INTEGER))) + y.key, NEW.date_start, NEW.num, NEW.date_end, NEW.domain, NEW.type,
               char(31) || coalesce((SELECT group_concat(entity_id || char(31), '')
                                     FROM (SELECT DISTINCT entity_id FROM fact_actors WHERE fact_num = NEW.num)), '')
        FROM json_each('[' || replace(hex(zeroblob(max(1900, min(2100, CAST(substr(NEW.date_end, 1, 4) AS INTEGER)))
                                          - max(1900, min(2100, CAST(substr(NEW.date_start, 1, 4) AS INTEGER))))), '00', '0,') || '0]') y
        WHERE CAST(substr(NEW.date_end, 1, 4) AS INTEGER) <= 2100;
    INSERT INTO timeline_years (year, date_start, num, date_end, domain, type, actors)
        SELECT 9999, NEW.date_start, NEW.num, NEW.date_end, NEW.domain, NEW.type,
               char(31) || coalesce((SELECT group_concat(entity_id || char(31), '')
                                     FROM (SELECT DISTINCT entity_id FROM fact_actors WHERE fact_num = NEW.num)), '')
        WHERE CAST(substr(NEW.date_end, 1, 4) AS INTEGER) > 2100;
    UPDATE timeline_actors SET date_start = NEW.date_start, domain = NEW.domain, type = NEW.type WHERE num = NEW.num;
END;

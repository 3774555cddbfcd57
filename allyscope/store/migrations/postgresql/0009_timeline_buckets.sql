-- PostgreSQL's form of 0009 (see ../0009_timeline_buckets.sql for why these tables exist and what each row
-- means): the same tables and indexes, kept by PL/pgSQL triggers instead of SQLite's; a fact's years are a
-- generate_series instead of a JSON array.
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
);
CREATE INDEX timeline_years_by_num ON timeline_years(num);
CREATE INDEX timeline_years_by_domain ON timeline_years(year, domain, date_start);
CREATE INDEX timeline_years_by_type ON timeline_years(year, type, date_start);

CREATE TABLE timeline_actors (
    entity_id  TEXT NOT NULL,
    date_start TEXT NOT NULL,
    num        INTEGER NOT NULL,
    domain     TEXT NOT NULL,
    type       TEXT NOT NULL,
    PRIMARY KEY (entity_id, date_start, num)
);
CREATE INDEX timeline_actors_by_domain ON timeline_actors(entity_id, domain, date_start);
CREATE INDEX timeline_actors_by_type ON timeline_actors(entity_id, type, date_start);
CREATE INDEX timeline_actors_by_domain_type ON timeline_actors(entity_id, domain, type, date_start);
CREATE INDEX timeline_actors_by_num ON timeline_actors(num);

-- a date's year, with years before 1900 counted as 1900 and after 2100 as 2100
CREATE FUNCTION allyscope_bucket(text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT greatest(1900, least(2100, CAST(substr($1, 1, 4) AS integer))) $$;

-- the entities of a fact, each followed by char(31), after a leading char(31)
CREATE FUNCTION allyscope_fact_actors(bigint) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT chr(31) || coalesce((SELECT string_agg(entity_id || chr(31), '')
                                      FROM (SELECT DISTINCT entity_id FROM fact_actors WHERE fact_num = $1) a), '') $$;

-- the year rows of one fact, written again
CREATE FUNCTION allyscope_fact_years(bigint) RETURNS void
    LANGUAGE sql
    AS $$
    DELETE FROM timeline_years WHERE num = $1;
    INSERT INTO timeline_years (year, date_start, num, date_end, domain, type, actors)
        SELECT y, f.date_start, f.num, f.date_end, f.domain, f.type, allyscope_fact_actors(f.num)
        FROM facts f, generate_series(allyscope_bucket(f.date_start), allyscope_bucket(f.date_end)) y
        WHERE f.num = $1 AND allyscope_bucket(f.date_end) >= allyscope_bucket(f.date_start)
        UNION ALL
        SELECT allyscope_bucket(f.date_start), f.date_start, f.num, f.date_end, f.domain, f.type,
               allyscope_fact_actors(f.num)
        FROM facts f WHERE f.num = $1 AND allyscope_bucket(f.date_end) < allyscope_bucket(f.date_start);
    $$;

CREATE FUNCTION allyscope_facts_timeline() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM timeline_years WHERE num = OLD.num;
        DELETE FROM timeline_actors WHERE num = OLD.num;
        RETURN OLD;
    END IF;
    PERFORM allyscope_fact_years(NEW.num);
    IF TG_OP = 'UPDATE' THEN
        UPDATE timeline_actors SET date_start = NEW.date_start, domain = NEW.domain, type = NEW.type
            WHERE num = NEW.num;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER facts_timeline_insert AFTER INSERT ON facts
    FOR EACH ROW EXECUTE FUNCTION allyscope_facts_timeline();
CREATE TRIGGER facts_timeline_update AFTER UPDATE OF date_start, date_end, domain, type ON facts
    FOR EACH ROW EXECUTE FUNCTION allyscope_facts_timeline();
CREATE TRIGGER facts_timeline_delete AFTER DELETE ON facts
    FOR EACH ROW EXECUTE FUNCTION allyscope_facts_timeline();

CREATE FUNCTION allyscope_fact_actors_timeline() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        DELETE FROM timeline_actors WHERE num = OLD.fact_num AND entity_id = OLD.entity_id
            AND NOT EXISTS (SELECT 1 FROM fact_actors WHERE fact_num = OLD.fact_num AND entity_id = OLD.entity_id);
        UPDATE timeline_years SET actors = allyscope_fact_actors(OLD.fact_num) WHERE num = OLD.fact_num;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO timeline_actors (entity_id, date_start, num, domain, type)
            SELECT NEW.entity_id, f.date_start, f.num, f.domain, f.type FROM facts f WHERE f.num = NEW.fact_num
            ON CONFLICT DO NOTHING;
        UPDATE timeline_years SET actors = allyscope_fact_actors(NEW.fact_num) WHERE num = NEW.fact_num;
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER fact_actors_timeline_insert AFTER INSERT ON fact_actors
    FOR EACH ROW EXECUTE FUNCTION allyscope_fact_actors_timeline();
CREATE TRIGGER fact_actors_timeline_delete AFTER DELETE ON fact_actors
    FOR EACH ROW EXECUTE FUNCTION allyscope_fact_actors_timeline();
CREATE TRIGGER fact_actors_timeline_update AFTER UPDATE OF fact_num, entity_id ON fact_actors
    FOR EACH ROW EXECUTE FUNCTION allyscope_fact_actors_timeline();

-- Existing facts (none in a database made by this version; benchmarks/bench_postgres.py writes its generated
-- facts before this migration): the rows allyscope_fact_years gives each fact, in one set-based statement (a
-- fact whose end's year is before its start's has one row, at its start's year).
INSERT INTO timeline_years (year, date_start, num, date_end, domain, type, actors)
    SELECT y, f.date_start, f.num, f.date_end, f.domain, f.type, chr(31) || coalesce(a.actors, '')
    FROM facts f
    LEFT JOIN (SELECT fact_num, string_agg(entity_id || chr(31), '') AS actors
               FROM (SELECT DISTINCT fact_num, entity_id FROM fact_actors) d GROUP BY fact_num) a
        ON a.fact_num = f.num,
    generate_series(allyscope_bucket(f.date_start),
                    greatest(allyscope_bucket(f.date_start), allyscope_bucket(f.date_end))) y;
INSERT INTO timeline_actors (entity_id, date_start, num, domain, type)
    SELECT a.entity_id, f.date_start, f.num, f.domain, f.type FROM fact_actors a JOIN facts f ON f.num = a.fact_num
    ON CONFLICT DO NOTHING;

-- The timeline's index scans as SQLite runs them (see ../0009_timeline_buckets.sql for the scans).
--
-- A timeline page is the first N rows in (date_start, num) order of one index scan per filter mix. In SQLite
-- every index ends in the row's key without saying so (facts.num is the rowid; the timeline tables have
-- no rowid, and their indexes end in the primary key), so an index on (domain, date_start) is in
-- (domain, date_start, num) order and holds what the scan reads. PostgreSQL's indexes hold only the columns
-- they name: a scan had to sort each date's facts by num and read every row of the table to test the other
-- filters and to find num. Here each index names num after date_start (the page's order: the scan stops after
-- N entries), and INCLUDEs the columns the scan tests (domain, type, the year rows' end and actors), so that
-- the scan reads the index only (an index-only scan, once VACUUM has marked the table's pages visible).
-- The details of a fact (its actors, sources and evidence, in the order written) are read by (fact_num, rowid).
DROP INDEX IF EXISTS facts_by_date;
DROP INDEX IF EXISTS facts_by_domain;
DROP INDEX IF EXISTS facts_by_type;
DROP INDEX IF EXISTS facts_by_domain_type;
CREATE INDEX facts_by_date ON facts(date_start, num) INCLUDE (domain, type);
CREATE INDEX facts_by_domain ON facts(domain, date_start, num) INCLUDE (type);
CREATE INDEX facts_by_type ON facts(type, date_start, num) INCLUDE (domain);
CREATE INDEX facts_by_domain_type ON facts(domain, type, date_start, num);

DROP INDEX IF EXISTS timeline_actors_by_domain;
DROP INDEX IF EXISTS timeline_actors_by_type;
DROP INDEX IF EXISTS timeline_actors_by_domain_type;
CREATE INDEX timeline_actors_by_domain ON timeline_actors(entity_id, domain, date_start, num) INCLUDE (type);
CREATE INDEX timeline_actors_by_type ON timeline_actors(entity_id, type, date_start, num) INCLUDE (domain);
CREATE INDEX timeline_actors_by_domain_type ON timeline_actors(entity_id, domain, type, date_start, num);

DROP INDEX IF EXISTS timeline_years_by_domain;
DROP INDEX IF EXISTS timeline_years_by_type;
CREATE INDEX timeline_years_by_start ON timeline_years(year, date_start, num) INCLUDE (date_end, domain, type, actors);
CREATE INDEX timeline_years_by_domain ON timeline_years(year, domain, date_start, num)
    INCLUDE (date_end, type, actors);
CREATE INDEX timeline_years_by_type ON timeline_years(year, type, date_start, num) INCLUDE (date_end, domain, actors);

DROP INDEX IF EXISTS fact_actors_by_fact;
CREATE INDEX fact_actors_by_fact ON fact_actors(fact_num, rowid) INCLUDE (entity_id, role);
DROP INDEX IF EXISTS fact_sources_by_fact;
CREATE INDEX fact_sources_by_fact ON fact_sources(fact_num, rowid);
DROP INDEX IF EXISTS fact_evidence_by_fact;
CREATE INDEX fact_evidence_by_fact ON fact_evidence(fact_num, rowid);
ANALYZE facts;
ANALYZE fact_actors;
ANALYZE timeline_actors;
ANALYZE timeline_years;

-- PostgreSQL's timeline indexes in SQLite's order (see postgresql/0016_timeline_index_order.sql). SQLite's
-- indexes end in the row's key already (facts' num is its rowid; the timeline tables have no rowid, so
-- their indexes end in the primary key), so each is in (…, date_start, num) order, the order of a page: here
-- there is nothing to change.
SELECT 1;

-- SQLite's 0023 keys who took part in which event by the event's rowid, so that its writer appends to that
-- table's index instead of inserting at random places by the event's text id. PostgreSQL's tables are heaps
-- written at their end, and it keeps `event_actors` as it was: nothing to change.
SELECT 1;

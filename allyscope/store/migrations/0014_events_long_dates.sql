-- Events whose date may reach past the year it starts in: ranges (`2014/..`), unspecified digits (`198X`),
-- seasons (`2014-24`, winter, ends in February) and qualified or unusual forms; every other date (YYYY, YYYY-MM,
-- YYYY-MM-DD) ends within the year of its sort key. A `from` filter reads events that start in or after its year
-- by the date index and, of those that start before, only these, found here without reading the others
-- (see outputs/filters.py `select_events`). The test below is written the same way in the query.
CREATE INDEX events_long ON events(date_sort, id, date)
    WHERE instr(date, '/') > 0 OR instr(date, 'X') > 0 OR length(date) NOT IN (4, 7, 10) OR substr(date, 6, 2) > '12';

-- Events are read in (date_sort, id) order: with the id in the index a page is read in order and stops when
-- full, instead of sorting every event of a month first (ten thousand copies of one report share their months).
DROP INDEX IF EXISTS events_by_date;
CREATE INDEX events_by_date ON events(date_sort, id);

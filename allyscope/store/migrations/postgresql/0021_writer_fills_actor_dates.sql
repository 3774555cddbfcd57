-- SQLite's 0021 moves who took part in which event to `event_actors_rows` behind a view, so that its writer can
-- fill `event_actor_dates` itself instead of by a trigger a row. PostgreSQL's writer inserts through the table
-- and its row trigger (0019) as before, and tables are heaps written at their end already: nothing to change.
SELECT 1;

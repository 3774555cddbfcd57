-- SQLite's 0017 turns entity_mentions and event_actors into rowid tables with an index by entity that ends in
-- the rowid, so new rows go at the end of each entity's range, and sets its pair index's `automerge`. Here both
-- tables are heaps already, and the pair index is PostgreSQL's own (postgres_search): nothing to change.
SELECT 1;

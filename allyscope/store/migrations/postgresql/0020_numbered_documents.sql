-- SQLite's 0020 keys spans, notes, markers, mentions and search entries by a growing document number (their rows
-- then go at the right edge of SQLite's b-trees, which are the tables themselves), behind views that keep the
-- old names. Here the tables are heaps, written at their end already, and keep their text ids: nothing to change.
SELECT 1;

-- SQLite's 0022 indexes what a list of events shows of each document, because in its rows the time of ingest
-- comes after the document's texts, read page by page to reach it. PostgreSQL keeps long values out of the row
-- (TOAST), so the row is short already, and a B-tree entry holding a title is limited in size: nothing to add.
SELECT 1;

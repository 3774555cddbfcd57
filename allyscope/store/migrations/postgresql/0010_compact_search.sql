-- PostgreSQL's form of 0010 (see ../0010_compact_search.sql): the search index and the compressed columns have
-- had their final form since 0001/0003/0006; only the length of the raw text is new.
ALTER TABLE documents ADD COLUMN raw_chars INTEGER;

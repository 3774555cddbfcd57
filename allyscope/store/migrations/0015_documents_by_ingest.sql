-- The list of documents in the order it is shown (oldest first), as an index: a page of the list (the web
-- desk's /api/documents) reads its own rows only. Without it every page sorted all documents, reading each
-- row's ingested_at past its text, raw and structure (on 10,000 documents, most of the database).
CREATE INDEX documents_by_ingest ON documents(ingested_at, id);

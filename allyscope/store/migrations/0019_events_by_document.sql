-- Events in the review queue's order (document, place in the text): a page of the queue (the web desk's
-- /api/review, paged by key) is one index scan from where the last page stopped, instead of sorting every
-- stored event for each page. It is also the index a document's removal needs to find its events (the
-- foreign key's ON DELETE CASCADE), which read the whole table before.
CREATE INDEX events_by_doc ON events(doc_id, start, id);

-- One full-text index for stored documents instead of two. search_pairs holds each entry as the overlapping
-- character pairs of its Chinese and Japanese runs, Latin words whole, all case-folded; it answers every query
-- of two characters or more (a longer query becomes a phrase of its pairs and words, and each hit is checked
-- against the entry's text). The trigram index cost about a third of the time spent writing a document and
-- answered nothing the pairs cannot. The pairs are cut by allyscope, so FTS5's plain `ascii` tokenizer, which
-- only splits at spaces and ASCII punctuation, is enough, and it is half again as fast as `unicode61`.
-- (Pairs written before this migration are folded by SQLite's lower(), which folds ASCII only.)
DROP TABLE search_trigram;
CREATE VIRTUAL TABLE search_pairs USING fts5(grams, tokenize='ascii');
INSERT INTO search_pairs (rowid, grams) SELECT rowid, lower(grams) FROM search_bigram;
DROP TABLE search_bigram;

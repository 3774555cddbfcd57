-- One full-text index for stored documents instead of two. search_bigram (each entry as overlapping character
-- pairs of its Chinese and Japanese runs, Latin words whole) answers every query of two characters or more: a
-- longer query becomes a phrase of its pairs and words, and each hit is checked against the entry's text. The
-- trigram index cost about a third of the time spent writing a document and answered nothing the pairs cannot.
DROP TABLE search_trigram;

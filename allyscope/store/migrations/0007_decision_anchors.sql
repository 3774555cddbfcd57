-- Review decisions anchored like W3C Web Annotations: `target` (JSON) names the document by its raw SHA-256 and
-- the digest of its text without white space, and the evidence by a quote selector and a position hint, so that
-- replay re-anchors a decision by its quote after a parser change. `text_digest` is the target's text digest,
-- kept apart to find the decisions of a document whose raw bytes changed (re-wrapped lines) but not its text.
ALTER TABLE decisions ADD COLUMN target TEXT;
ALTER TABLE decisions ADD COLUMN text_digest TEXT;
CREATE INDEX decisions_by_text ON decisions(text_digest);

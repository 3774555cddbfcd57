"""Anchors of review decisions (allyscope.knowledge.anchors): a decision finds its candidate again by quote after
the text's white space changed anywhere (lines joined another way, re-wrapped), in both the exact and the
digest form, and finds nothing when the quote itself changed. Texts are generated with the answer known."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.knowledge.anchors import Candidate, Squeezed, locate, make_target, squeeze

WORDS = st.text(alphabet="abcdefgh日本北约合作安全", min_size=1, max_size=6)
SENTENCE = st.lists(WORDS, min_size=2, max_size=8).map(" ".join)
DATES = st.sampled_from(["2014", "2019-03", "2022-06-29", "2023-07"])


def _document(sentences: list[str], dates: list[str]) -> tuple[str, list[Candidate]]:
    text, candidates = "", []
    for n, (sentence, date) in enumerate(zip(sentences, dates, strict=False)):
        start = len(text)
        text += sentence + "."
        candidates.append(Candidate(f"c{n}", date, start, len(text)))
        text += " "
    return text, candidates


def _rewrap(text: str, candidates: list[Candidate], breaks: list[int]) -> tuple[str, list[Candidate]]:
    """The same text with white space changed: after each character i in `breaks` a line break is added, and
    every existing space becomes a newline or disappears in turn; candidate offsets are carried over."""
    out: list[str] = []
    where = [0] * (len(text) + 1)
    flip = False
    for i, ch in enumerate(text):
        where[i] = len(out)
        if ch == " ":
            flip = not flip
            if flip:
                out.append("\n")
            continue
        out.append(ch)
        if i in breaks:
            out.append("\n")
    where[len(text)] = len(out)
    moved = [Candidate(c.key, c.date, where[c.start], where[c.end - 1] + 1) for c in candidates]
    return "".join(out), moved


@settings(max_examples=60, deadline=None)
@given(
    sentences=st.lists(SENTENCE, min_size=1, max_size=6),
    dates=st.lists(DATES, min_size=6, max_size=6),
    breaks=st.lists(st.integers(0, 300), max_size=20),
    exact=st.booleans(),
)
def test_a_decision_finds_its_candidate_whatever_the_white_space(
    sentences: list[str], dates: list[str], breaks: list[int], exact: bool
) -> None:
    text, candidates = _document(sentences, dates)
    targets = {c.key: make_target("0" * 64, text, c.start, c.end, c.date, exact=exact) for c in candidates}
    new_text, moved = _rewrap(text, candidates, breaks)
    squeezed = Squeezed(new_text)
    assert squeeze(new_text) == squeeze(text)
    taken: set[str] = set()
    for c in candidates:
        found = locate(targets[c.key], moved, squeezed, taken)
        assert found is not None
        taken.add(found)
        twin = next(m for m in moved if m.key == found)
        # the candidate found holds the same quote with the same date; it is the very one unless the document
        # repeats that sentence word for word with the same date and context
        assert twin.date == c.date
        assert squeeze(new_text[twin.start : twin.end]) == squeeze(text[c.start : c.end])
        clones = [
            m
            for m in candidates
            if m.date == c.date and squeeze(text[m.start : m.end]) == squeeze(text[c.start : c.end])
        ]
        if len(clones) == 1:
            assert found == c.key


@settings(max_examples=40, deadline=None)
@given(sentences=st.lists(SENTENCE, min_size=1, max_size=4, unique=True), exact=st.booleans())
def test_a_changed_quote_is_an_orphan_and_a_split_sentence_still_anchors(sentences: list[str], exact: bool) -> None:
    text, candidates = _document(sentences, ["2020"] * len(sentences))
    first = candidates[0]
    target = make_target("0" * 64, text, first.start, first.end, first.date, exact=exact)
    changed = "Z" + text[1:]  # the quote's first character is gone: no candidate holds the quote any more
    assert locate(target, [Candidate("x", "2020", first.start, first.end)], Squeezed(changed)) is None
    # a later parser that merges the sentence with the next one: the longer evidence contains the quote
    if len(candidates) > 1:
        merged = Candidate("m", "2020", first.start, candidates[1].end)
        assert locate(target, [merged], Squeezed(text)) == "m"
    # another date never anchors; a date made more precise (the same year, now with its day) still does, after
    # a candidate with the very date
    assert locate(target, [Candidate("d", "1999", first.start, first.end)], Squeezed(text)) is None
    finer = Candidate("f", "2020-05-04", first.start, first.end)
    assert locate(target, [finer], Squeezed(text)) == "f"
    assert locate(target, [finer, Candidate("e", "2020", first.start, first.end)], Squeezed(text)) == "e"

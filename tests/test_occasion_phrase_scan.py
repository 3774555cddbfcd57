"""The occasion phrases (`访问期间`, `During the visit`) are found by trying their pattern only around the places a
shared key stands (`allyscope/dates/occasions.py`, for speed); that must find exactly what one scan of the whole
text with the pattern finds, wherever the phrases stand and whatever surrounds them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates.occasions import _phrase_matches, _phrases
from allyscope.dates.values import rules

_WORDS = list(rules()["occasion_span"]["words"])
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from([w.upper() for w in _WORDS if w.isascii()]),
    st.sampled_from(["s", "es", "or", "，", "。", " ", "x", "中", "期", "间", "the ", "during ", "\n"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz 期间間訪问會议，。中", max_size=6),
)


def _full_scan(text: str) -> list[tuple[int, str]]:
    pattern, _ = _phrases()
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_PIECES, max_size=12))
def test_keyed_scan_finds_what_the_whole_scan_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [(m.start(), m.group()) for m in _phrase_matches(text)] == _full_scan(text)


def test_a_phrase_glued_to_a_longer_word_is_no_phrase_either_way() -> None:
    for text in ("during the visitors' day", "xduring the summit", "会議期間中", "During the exercises began"):
        assert [(m.start(), m.group()) for m in _phrase_matches(text)] == _full_scan(text)
    assert [m.group() for m in _phrase_matches("Talks. During the visit, both sides met.")] == ["During the visit"]

"""`events_domain._leading_of` (a segment's CJK test made once by `_segment`, on the unstripped segment) answers
as `_leading` did when it made that test on the segment stripped of its trailing punctuation, on arbitrary text
drawn from the rule's words, CJK and English text, spaces and punctuation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import events_domain


def _leading_before(piece: str) -> bool:
    """`_leading` as it was written before `_leading_of`: the CJK test made on the stripped piece."""
    stripped = piece.rstrip("，,、；;：: ")
    if events_domain._has_cjk(stripped):
        return events_domain._LEADING_CJK.search(stripped) is not None
    return bool(events_domain._LEADING_LATIN.match(stripped)) and not events_domain._FINITE_VERB.search(stripped)


_WORDS = events_domain._LEADING_CJK.pattern[3:].split(")")[0].split("|")
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(list("，,、；;：: \n\u3000。国会ab")),
    st.sampled_from(["At the summit in Madrid", " in 2023 they signed", "during the visit", "when", "met", "访问"]),
    st.text(max_size=3),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_leading_of_answers_as_leading_did(piece: str) -> None:
    assert events_domain._leading_of(piece, events_domain._has_cjk(piece)) == _leading_before(piece)
    assert events_domain._leading(piece) == _leading_before(piece)


def test_the_drawn_words_are_the_rules() -> None:
    assert "において" in _WORDS and "期间" in _WORDS
    assert events_domain._leading("两国外长在东京会谈期间，")
    assert not events_domain._leading("期间两国外长举行会谈")
    assert events_domain._leading("At the summit in Madrid,")
    assert not events_domain._leading("In 2023 they signed a pact,")

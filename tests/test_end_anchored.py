"""`end_anchored.tail_search` gives the same answer as the whole search for every end-anchored rule that uses it,
on arbitrary text drawn from the rules' own words, spaces and punctuation."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import event_clauses, events_domain
from allyscope.end_anchored import SPACES, TRAILING, tail_search
from allyscope.scripts import fold


def _rules() -> list[tuple[re.Pattern[str], int, list[str]]]:
    """(pattern, longest word, words) of each rule searched from its end."""
    moment, moment_longest = event_clauses._moment()
    _, closes, closes_longest = event_clauses._purpose()
    rules = event_clauses.rules()
    return [
        (moment, moment_longest, [fold(w) for w in rules["moment_words"]]),
        (closes, closes_longest, [fold(w) for w in rules["purpose_closers"]]),
        (events_domain._LEADING_CJK, events_domain._LEADING_CJK_LONGEST, events_domain._LEADING_CJK_WORDS.split("|")),
    ]


_WORDS = sorted({w for _, _, words in _rules() for w in words})
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(sorted(set(TRAILING))),
    st.sampled_from(sorted({c for w in _WORDS for c in w} | set("国会ab。"))),
    st.text(max_size=3),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_tail_search_answers_as_the_whole_search(text: str) -> None:
    for pattern, longest, _ in _rules():
        assert (tail_search(pattern, text, longest) is None) == (pattern.search(text) is None)


def test_the_longest_words_are_the_rules_longest() -> None:
    for _, longest, words in _rules():
        assert longest == max(len(w) for w in words)


def test_spaces_are_every_character_a_pattern_space_matches() -> None:
    space = re.compile(r"\s")
    found = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if space.match(c))
    assert found == SPACES


def test_a_word_before_trailing_punctuation_is_found() -> None:
    pattern, longest, _ = _rules()[2]
    assert tail_search(pattern, "两国外长在东京会谈期间 \n", longest) is not None
    assert tail_search(pattern, "期间两国外长举行会谈", longest) is None


def _leading_before(piece: str) -> bool:
    """`events_domain._leading` as it was written before `_leading_of`: the CJK test made on the stripped piece."""
    stripped = piece.rstrip("，,、；;：: ")
    if events_domain._has_cjk(stripped):
        return events_domain._LEADING_CJK.search(stripped) is not None
    return bool(events_domain._LEADING_LATIN.match(stripped)) and not events_domain._FINITE_VERB.search(stripped)


_LEADING_PIECES = st.one_of(
    _PIECES,
    st.sampled_from(["At the summit in Madrid", " in 2023 they signed", "during the visit", "when", "met", "際に"]),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_LEADING_PIECES, max_size=20).map("".join))
def test_leading_of_answers_as_leading_did(piece: str) -> None:
    assert events_domain._leading_of(piece, events_domain._has_cjk(piece)) == _leading_before(piece)
    assert events_domain._leading(piece) == _leading_before(piece)

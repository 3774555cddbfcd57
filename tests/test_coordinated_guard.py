"""The leading guard of the coordination expression (`events_domain._COORDINATED`) only skips places where no
branch can match: over text drawn from the characters the branches themselves name, the guarded expression finds
exactly what the bare alternation finds. A branch added later that begins with a character the guard lacks makes
this fail (its first character is among the drawn ones)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import events_domain

_BARE = re.compile(events_domain._COORDINATED_BRANCHES)
# every literal character the branches name, plus a few of each script and the words the English branches test
_ALPHABET = sorted(
    {c for c in events_domain._COORDINATED_BRANCHES if not c.isascii() or c in ",; "} | set("国会談はをがた。")
)
_PIECES = st.one_of(
    st.sampled_from(_ALPHABET),
    st.sampled_from(["して", "訪問して", ", and ", ", and then ", " and met ", ", but ", "signed", "予定であったが、"]),
    st.text(alphabet="abcdeghilmnorst", min_size=1, max_size=4),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_guard_keeps_every_match(text: str) -> None:
    guarded = [m.span() for m in events_domain._COORDINATED.finditer(text)]
    bare = [m.span() for m in _BARE.finditer(text)]
    assert guarded == bare


def test_guard_keeps_the_cuts_of_a_sentence() -> None:
    sentence = "两国外长举行会谈，并签署了合作文件；随后双方发表联合声明。"
    assert [m.start() for m in events_domain._COORDINATED.finditer(sentence)] == [
        m.start() for m in _BARE.finditer(sentence)
    ]
    # the comma before 并, 并 itself, the semicolon
    assert [m.start() for m in events_domain._COORDINATED.finditer(sentence)] == [8, 9, 17]


def _reference_cuts(text: str, start: int, end: int) -> list[int]:
    return [m.start() for m in events_domain._COORDINATED.finditer(text, start, end) if m.start() > start]


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(0, 200), st.integers(0, 200))
def test_cuts_tried_at_their_places_are_the_expressions(text: str, first: int, second: int) -> None:
    """`coordinated_cuts` tries the expression only where a branch can begin (`_COORDINATED_PLACES`): inside any
    stretch of any text it finds the places `finditer` finds there."""
    start, end = sorted((min(first, len(text)), min(second, len(text))))
    assert events_domain.coordinated_cuts(text, start, end) == _reference_cuts(text, start, end)


def test_cuts_of_a_clause_after_a_te_form() -> None:
    # `訪問して` links the next act (an empty match after `して`): the clause is read as `finditer` reads it
    clause = "首相はマレーシアを訪問して首相と会談し、協定に署名した。"
    assert events_domain.coordinated_cuts(clause, 0, len(clause)) == _reference_cuts(clause, 0, len(clause))
    assert events_domain.coordinated_cuts(clause, 0, len(clause))  # it has cuts

"""`events_domain.found_in` asks an expression led by the characters its matches can start with: over text drawn
from the characters the data's expressions name, it answers exactly as the bare expression's `search` does, and an
expression whose start it cannot read (a class, an optional first character) is asked as it is."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import events_domain

_DATA = events_domain.patterns()
_EXPRESSIONS = [
    _DATA["absence_re"],
    *(e for e in (_DATA["decade_states_re"], _DATA.get("statement_re")) if e is not None),
    *_DATA.get("one_sided_re", ()),
    *_DATA.get("reaction_re", ()),
]
_ALPHABET = sorted({c for e in _EXPRESSIONS for c in e.pattern if not c.isascii()} | set("abdeilnorstw ,."))
_WORDS = sorted({w for e in _EXPRESSIONS for w in re.findall(r"[a-z]{3,}", e.pattern)})
_TEXT = st.lists(st.one_of(st.sampled_from(_ALPHABET), st.sampled_from(_WORDS)), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from(range(len(_EXPRESSIONS))))
def test_found_in_answers_as_search(text: str, which: int) -> None:
    expression = _EXPRESSIONS[which]
    assert events_domain.found_in(expression, text) == (expression.search(text) is not None)


def test_the_data_expressions_are_led() -> None:
    # the point of the helper: the shipped expressions get a leading class (else it would change nothing)
    assert all(events_domain._led(e) is not e for e in _EXPRESSIONS)


@given(st.text(alphabet="abxy-", max_size=12))
def test_an_expression_of_another_start_is_asked_as_it_is(text: str) -> None:
    for pattern in (r"a?b", r"[xy]b", r"\d|a", r"(?:a|b)?x", r"x*y"):
        expression = re.compile(pattern)
        assert events_domain._led(expression) is expression
        assert events_domain.found_in(expression, text) == (expression.search(text) is not None)


def test_a_word_boundary_is_kept() -> None:
    expression = re.compile(r"\bsign(?:ed)?\b|协定")
    assert events_domain.found_in(expression, "they signed it")
    assert not events_domain.found_in(expression, "they cosigned it")
    assert events_domain.found_in(expression, "签署协定")

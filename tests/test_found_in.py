"""`events_domain.found_in` asks an expression led by the characters its matches can start with: over text drawn
from the characters the data's expressions name, it answers exactly as the bare expression's `search` does, and an
expression whose start it cannot read (a class, an optional first character) is asked as it is."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import events_domain
from allyscope.event_cues import led_search

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


@given(st.text(alphabet="abxy-1", max_size=12))
def test_an_expression_of_another_start_is_asked_as_it_is(text: str) -> None:
    # a category, any character, a negated class, a case-blind range, a possibly empty match: no set of first
    # characters to lead by
    for pattern in (r"\d|a", r".x", r"[^a]b", r"(?i:[a-c])b", r"x*", r"(?:a|b)?"):
        expression = re.compile(pattern)
        assert events_domain._led(expression) is expression
        assert events_domain.found_in(expression, text) == (expression.search(text) is not None)


@given(st.text(alphabet="abxy-19", max_size=12))
def test_a_class_or_optional_start_is_led_by_its_parse(text: str) -> None:
    # fast53: first characters read from the parse (`regex_firsts`) when an alternative opens with a class or an
    # optional character; the answers stay the bare expression's
    for pattern in (r"a?b", r"[xy]b", r"(?:a|b)?x", r"x*y", r"[0-9]-|\bab", r"[a-b]y|-"):
        expression = re.compile(pattern)
        assert events_domain._led(expression) is not expression
        assert events_domain.found_in(expression, text) == (expression.search(text) is not None)


_FIGURES = _DATA.get("figure_states_re")
_FIGURE_ALPHABET = sorted({c for c in (_FIGURES.pattern if _FIGURES else "") if not c.isascii()} | set("0123 %"))
_FIGURE_WORDS = sorted(set(re.findall(r"[a-z]{3,}", _FIGURES.pattern if _FIGURES else "")))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FIGURE_ALPHABET), st.sampled_from(_FIGURE_WORDS or ["x"])), max_size=20))
def test_the_figure_states_are_led_and_answer_as_search(pieces: list[str]) -> None:
    assert _FIGURES is not None and events_domain._led(_FIGURES) is not _FIGURES  # its `[0-9…]割` branch
    text = " ".join(pieces) if len(pieces) % 2 else "".join(pieces)
    assert events_domain.found_in(_FIGURES, text) == (_FIGURES.search(text) is not None)


def test_a_word_boundary_is_kept() -> None:
    expression = re.compile(r"\bsign(?:ed)?\b|协定")
    assert events_domain.found_in(expression, "they signed it")
    assert not events_domain.found_in(expression, "they cosigned it")
    assert events_domain.found_in(expression, "签署协定")


_MATCHED = [e for e in (_DATA.get("occasion_re"), _DATA.get("demand_re"), _FIGURES, *_EXPRESSIONS) if e is not None]
_MATCHED_ALPHABET = sorted({c for e in _MATCHED for c in e.pattern if not c.isascii()} | set("abdeilnorstw ,.0"))
_MATCHED_WORDS = sorted({w for e in _MATCHED for w in re.findall(r"[a-z]{3,}", e.pattern)})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_MATCHED_ALPHABET), st.sampled_from(_MATCHED_WORDS)), max_size=30).map("".join),
    st.sampled_from(range(len(_MATCHED))),
)
def test_led_search_gives_the_search_match(text: str, which: int) -> None:
    # fast53: the leftmost match read where the led expression finds it is the match `search` gives
    expression = _MATCHED[which]
    found, expected = led_search(expression, text), expression.search(text)
    assert (found is None) == (expected is None)
    if found is not None and expected is not None:
        assert (found.span(), found.groups()) == (expected.span(), expected.groups())


@given(st.text(alphabet="abxy-19 ", max_size=14))
def test_led_search_on_drawn_expressions(text: str) -> None:
    for pattern in (r"a?b", r"[xy]b+", r"(?:a|b)?x", r"\bab|9", r"(?<=a)b|y", r"\d|a", r"b*"):
        expression = re.compile(pattern)
        found, expected = led_search(expression, text), expression.search(text)
        assert (None if found is None else found.span()) == (None if expected is None else expected.span())

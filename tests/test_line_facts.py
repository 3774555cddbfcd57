"""The facts layout repair counts while cutting the lines (`LineFacts`) are those the passes they replace read."""

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.layout import lines as lines_module
from allyscope.layout.catalogue import catalogue
from allyscope.layout.lines import _SHARE_FROM, LineFacts, is_double_spaced, split_lines
from allyscope.layout.notes import resume_convention_possible

# line ends of every kind, blank and spaced lines, and characters a note starts with or not
PIECES = ["\n", "\n", "\n\n", "\r\n", "\x0c", "\u2028", " ", "  ", "\u3000", "a", "字", "1", "[", "*", "注", "."]
TEXT = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


def _check(raw: str) -> None:
    initials = catalogue().note_initials
    facts = LineFacts(initials)
    lines = split_lines(raw, frozenset(), None, facts)
    assert facts.double_spaced() == is_double_spaced(lines)
    assert facts.resume_possible() == resume_convention_possible(lines)
    assert list(facts.noted) == [line.index for line in lines if line.content and line.content[0] in initials]
    assert facts.text == sum(1 for line in lines if line.content)


@given(TEXT)
def test_facts_counted_while_cutting_are_those_of_the_passes_over_the_lines(raw: str) -> None:
    _check(raw)


def test_a_double_spaced_text_and_a_text_of_spaced_lines_are_told() -> None:
    facts = LineFacts(frozenset())
    split_lines("".join(f"line {i}\n\n" for i in range(6)), frozenset(), None, facts)
    assert facts.double_spaced() and facts.resume_possible()
    facts = LineFacts(frozenset())
    split_lines("".join(f" line {i}\n" for i in range(6)), frozenset(), None, facts)
    assert not facts.double_spaced() and not facts.resume_possible()


@settings(max_examples=20, deadline=None)
@given(st.lists(TEXT.filter(bool), min_size=1, max_size=4))
def test_a_big_text_counts_the_same_facts_as_objects_and_as_columns(parts: list[str]) -> None:
    """A big text is cut a block at a time, its lines kept as objects or as a `LineTable`: the same facts."""
    unit = "\n".join(parts) + "\n"
    raw = unit * (_SHARE_FROM // len(unit) + 2)
    for columns in (False, True):
        with patch.object(lines_module, "_COLUMNS_BELOW", 10**9 if columns else 0):
            _check(raw)

"""`regex_firsts.may_start_with` may say yes where a branch then fails, never no where it matches: the dates stage
leaves out of its expression, at a place, every branch it says cannot begin there (issue 18)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import _BRANCHES, _patterns
from allyscope.regex_firsts import may_start_with

_CASES = [
    (r"abc", "a", True),
    (r"abc", "b", False),
    (r"(?i:abc)", "A", True),
    (r"(?:x)?abc", "a", True),
    (r"(?:x)?abc", "b", False),
    (r"(?<![A-Za-z])\d+", "7", True),
    (r"(?<![A-Za-z])\d+", "a", False),
    (r"\w+ later", "日", True),
    (r"\w+ later", " ", False),
    (r"[^a]", "b", True),
    (r"(?=a)", "z", True),  # matches nothing, so anywhere
    (r"(?:a|b)*c", "c", True),
    (r"(?:a|b)*c", "d", False),
    (r"(?:(?<=x)|(?<=y))May", "M", True),
    (r"(?:(?<=x)|(?<=y))May", "x", False),
]


@pytest.mark.parametrize(("pattern", "char", "expected"), _CASES)
def test_first_characters(pattern: str, char: str, expected: bool) -> None:
    assert may_start_with(pattern, char) is expected


_PIECES = [
    *"0123456789０５〇一二十两年月日号世纪度初底末以来起至到和、，。 -–/()（）同本今昨翌其此该前后",
    *("May", "June", "since", "from", "the", "early", "FY", "fiscal year", "century", "令和", "平成", "民國"),
    *("s", "th", "later"),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_a_branch_said_not_to_start_never_matches(pieces: list[str]) -> None:
    """Every branch of the dates stage's expression, on texts made of date words, digits and punctuation."""
    _patterns()
    text = "".join(pieces)
    for name, branch in _BRANCHES["any"]:
        if not may_start_with(branch, text[0]):
            assert re.match(branch, text) is None, (name, text)

"""The dates stage tries its expression only where a date may start (`dates._scan`, issue 18): it must find exactly
the matches the expression's own `finditer` finds, on any text — dates glued to words, numerals inside words
(`进一步`, `日本`), the vocabulary's words, English words and digits in any order."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import _scan, rules, whole_expression

_r = rules()
_WORDS = [
    *_r["same_year"],
    *_r["next_year"],
    *_r["previous_year"],
    *_r["thereafter"],
    *_r["eras"],
    *_r["months_en"],
    *_r["document_relative"],
    *_r["today"],
    *_r["same_day"],
    *_r["next_day"],
    *_r["weekdays"],
]
_PIECES = [
    *_WORDS,
    *"年月日号世纪度初底末以来起至到和、，。 -–/()（）",
    *"〇零一二三四五六七八九十两",
    "日本",
    "进一步",
    "同盟",
    "本文",
    "2023",
    "1990",
    "12",
    "7",
    "30",
    "FY",
    "fiscal year",
    "since",
    "from",
    "between",
    "early",
    "the",
    "s",
    "th",
    "century",
    "NATO",
    "Air Defender",
    # English prose, where a date may begin at few of its words (`dates._latin_screen`), and the counts of days or
    # years after a date, after which any word may begin one
    *("The ", "the ", "In ", "in ", "May ", "may ", "Sept. ", "c. ", "mid-", "Three ", "two ", "days later", "DAYS "),
    *("later", "years after that", "met ", "which ", "signed ", "ministers ", "Fiscal Year ", "starting in "),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.booleans())
def test_scan_finds_what_finditer_finds(pieces: list[str], latin: bool) -> None:
    text = "".join(pieces)
    whole = whole_expression(latin)
    expected = [(m.span(), m.lastgroup, _groups(m)) for m in whole.finditer(text)]
    assert [(m.span(), m.lastgroup, _groups(m)) for m in _scan(text, latin)] == expected


def _groups(match: re.Match[str]) -> dict[str, str]:
    """The groups a match filled: `_scan` tries an expression of only the branches that can begin where it
    stands (`dates._starting_with`), whose other groups do not exist; the filled ones must be the same."""
    return {name: value for name, value in match.groupdict().items() if value is not None}


def test_scan_on_a_real_paragraph_finds_dates(article_path: object) -> None:
    from pathlib import Path

    text = Path(str(article_path)).read_text("utf-8")
    found = list(_scan(text, False))
    assert len(found) > 30
    assert [m.span() for m in found] == [m.span() for m in whole_expression(False).finditer(text)]

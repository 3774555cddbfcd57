"""`regex_firsts.may_start_with` may say yes where a branch then fails, never no where it matches: the dates stage
leaves out of its expression, at a place, every branch it says cannot begin there (issue 18)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import _BRANCHES, _patterns
from allyscope.regex_firsts import fold, led, may_start_with, needle_automaton, required_literals

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
    (r"(?i:key)", "\u212a", True),  # the Kelvin sign, matched case-blind by `k`
    (r"(?i:summary)", "\u017f", True),  # the long s, matched case-blind by `s`
    (r"(?i:in)", "\u0130", True),
    (r"(?i:[a-z]+)", "\u212a", True),
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([*"aiksyAIKSY", "ß", "µ", "σ", "\u0130", "\u0131", "\u017f", "\u212a", "\u1e9e"]), st.booleans())
def test_a_case_blind_start_is_never_ruled_out(char: str, ranged: bool) -> None:
    """Case-blind matching compares characters by a lower case of its own (`İ` as `i`, `ſ` with `s`): every
    character a case-blind literal or range matches first is one it may start with."""
    for other in (*"aiksyAIKSY", "ß", "µ", "σ", "\u0130", "\u0131", "\u017f", "\u212a", "\u1e9e"):
        pattern = f"(?i:[{re.escape(char)}-{re.escape(char)}])" if ranged else f"(?i:{re.escape(char)})"
        if re.match(pattern, other):
            assert may_start_with(pattern, other), (pattern, other)


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


# `required_literals`: every match holds one of them (the layout screens its front lines with them, issue 18)
_NEEDLES = [
    (r"abc", {("abc", False)}),
    (r"a\s*bcd", {("bcd", False)}),
    (r"(?i:press release)", {("press release", True)}),
    (r"(?:本文)?(?:原载|原刊)\s*", {("原", False)}),  # the parser takes the branches' common start out
    (r"x+yz", {("yz", False)}),
    (r"(?:ab)+", {("ab", False)}),
    (r"\d+", None),
    (r"(?:ab)?c*", None),
    (r"(?:ab|\w)", None),  # a branch naming none: the alternation names none
]


@pytest.mark.parametrize(("pattern", "expected"), _NEEDLES)
def test_required_literals(pattern: str, expected: set[tuple[str, bool]] | None) -> None:
    found = required_literals(pattern)
    assert (None if found is None else set(found)) == expected


def test_fold_takes_what_case_blind_matching_takes() -> None:
    """Every code point a case-blind ASCII letter matches folds to that letter, one character for one."""
    for point in range(0x110000):
        char = chr(point)
        letters = (
            [x for x in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(f"(?i:{x})", char)]
            if (char.isascii() or char.casefold() != char or char.upper() != char)
            else []
        )
        assert len(fold(char)) == 1
        if letters:
            assert [fold(char)] == letters, hex(point)


_LABEL_PIECES = [
    *"ab AB:：。，、 1２",
    *("摘要", "关键词", "關鍵詞", "キーワード", "Keywords", "KEY WORDS", "Abstract", "ABSTRACT", "Summary"),
    *("研究報告", "报告", "Press Release", "press", "release", "转载", "原载于", "から", "の転載", "Commentary", "By "),
    *("\u0130", "\u0131", "\u017f", "\u212a", "作者", "来源", "記者", "文", "/"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), min_size=1, max_size=8))
def test_a_line_the_screen_passes_over_never_holds_a_label(pieces: list[str]) -> None:
    """The layout's label expressions (data), on lines made of label words: where the needles' automaton finds
    nothing in the folded line, neither `match` nor `fullmatch` nor `search` finds a label."""
    from allyscope.layout.notes import any_label

    line = "".join(pieces)
    for kinds in (("abstract", "keywords", "doctype"), ("keywords",), ("doctype",), ("byline", "source")):
        pattern = any_label(kinds)
        automaton = needle_automaton(pattern.pattern)
        assert automaton is not None, kinds  # every label names a literal: the screen is used
        if not automaton.find_matches_as_indexes(fold(line)):
            assert pattern.search(line) is None, (kinds, line)


_HEADING_PIECES = [
    *"0123456789一二三十第章节節、.．)）(（IVXivx §-—ABab日本 ",
    "Chapter",
    "Section",
    "はじめに",
    "结语",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HEADING_PIECES), min_size=1, max_size=8))
def test_a_line_no_heading_family_may_start_never_matches_one(pieces: list[str]) -> None:
    """`headings.heading_shape` tries the families' expression only on lines a family may start: on the others
    the expression (data) finds no heading either."""
    from allyscope.layout.headings import _headings

    line = "".join(pieces)
    rules = _headings()
    if not any(may_start_with(family.pattern.pattern, line[0]) for family in rules.families):
        assert rules.any_family.fullmatch(line) is None, line


@settings(max_examples=300, deadline=None)
@given(st.characters(exclude_categories=("Cs",)))
def test_the_heading_families_alternation_may_start_where_one_family_may(char: str) -> None:
    """`heading_shape` asks the families' alternation, not each family, whether a heading may start with a
    character: the two answers agree (an alternation's first characters are its branches')."""
    from allyscope.layout.headings import _headings

    rules = _headings()
    each = any(may_start_with(family.pattern.pattern, char) for family in rules.families)
    assert may_start_with(rules.any_family.pattern, char) == each


_LED = [
    r"\b[Tt]he (?P<en>council|committee)\b(?! of\b)|(?:(?<=^)|(?<=[。，])|(?:该|同))(?P<cjk>理事会|委员会)",
    r"(?:(?<=x)|(?<=y))May|12日",
    r"(?i:abc)|xyz",
]
_LED_PIECES = ["The council", "the committee of", "该理事会", "。委员会", "，理事会", "同委员会", "x", "yMay", "May",
               "12日", "ABC", "aBc", "xyz", " ", "会", "理事会", "the ", "of"]  # fmt: skip


def test_led_adds_a_look_ahead_only_when_the_first_characters_are_known() -> None:
    assert all(led(p).startswith("(?=[") for p in _LED)
    assert led(r"\w+ later") == r"\w+ later"  # a category: open
    assert led(r"(?=a)") == r"(?=a)"  # may match nothing: anywhere


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LED_PIECES), min_size=1, max_size=10), st.sampled_from(_LED))
def test_led_finds_what_the_bare_expression_finds(pieces: list[str], pattern: str) -> None:
    text = "".join(pieces)
    bare = [m.span() for m in re.finditer(pattern, text)]
    assert [m.span() for m in re.finditer(led(pattern), text)] == bare


def test_body_references_expression_is_led() -> None:
    from allyscope.discourse import _bodies

    bodies = _bodies()
    assert bodies is not None and bodies.referring.pattern.startswith("(?=[")


_WHOLE_LABEL_PIECES = [
    *_LABEL_PIECES,
    *("Fact Sheet", "Editorial", "Features", "社論", "専訪", "访谈", "Office of the Spokesperson", "Institute"),
    *("Press release", "報道発表資料", "Dr.", "PhD", "作者", " ", "\u3000", "\u212a", "\u017f", "ey", "ummary"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WHOLE_LABEL_PIECES), min_size=0, max_size=6))
def test_a_whole_line_label_is_found_as_by_each_expression(pieces: list[str]) -> None:
    """`notes.fullmatches_label` (one expression of a kind's labels, tried only where a label may start with the
    line's first character) says what the kind's expressions say one by one."""
    from allyscope.layout.notes import fullmatches_label, is_label_line, label_patterns

    text = "".join(pieces)
    for kinds in (("doctype",), ("issuer",), ("byline_label",), ("degree",), ("abstract", "keywords")):
        expected = any(p.fullmatch(text) for kind in kinds for p in label_patterns(kind))
        assert fullmatches_label(text, kinds) is expected, (kinds, text)
        bare = text.strip().rstrip(":：").strip()
        assert is_label_line(text, kinds) is any(p.fullmatch(bare) for kind in kinds for p in label_patterns(kind))

"""The entities stage's whole-text questions and span tests, made cheaper by design (fast50), answer as the slow
forms do: the side characters before 方 found from each 方 (`compounds.side_letters_before`) are the matches of
`[letters](?=方)`; the kana and hiragana questions kept per text (`text_screens`) are the searches; the taken-span
test by bisection (`span_cover.SpanCover`) is the strict walk over every span, empty and overlapping spans
included; the per-distinct-alias tests of `discourse` are the per-mention ones. Drawn text in several scripts,
and every dev document of the events corpus with the shipped rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.compounds import side_letters_before
from allyscope.discourse import _abbreviated, _abbreviated_flags, _abbreviations_shared
from allyscope.entities import EntityMention, gazetteer
from allyscope.scripts import fold
from allyscope.span_cover import SpanCover
from allyscope.text_screens import HIRAGANA, KANA, holds_hiragana, holds_kana

_DEV = Path(__file__).parent / "corpora" / "events" / "dev"

# characters of every class the questions separate: side letters, 方 and 国, kana of both kinds, the kana
# block's edges, ideographs, Latin letters, punctuation and line breaks
_CHARS = "索肯拉乌中方方国あゖゝァヺーヽ・ゟ゠日本的会谈abcA .,。、\n"
_texts = st.text(alphabet=_CHARS, max_size=60)


def _regex_sides(folded: str, letters: frozenset[str], head: str) -> list[int]:
    pattern = re.compile(f"[{re.escape(''.join(sorted(letters)))}](?={re.escape(head)})")
    return [m.start() for m in pattern.finditer(folded)]


@settings(max_examples=300, deadline=None)
@given(_texts, st.sets(st.sampled_from("索肯拉乌中日a"), min_size=1), st.sampled_from(["方", "国", "方面", "あ"]))
def test_side_letters_found_from_the_head_are_the_expression_s_matches(
    text: str, letters: set[str], head: str
) -> None:
    assert side_letters_before(text, frozenset(letters), head) == _regex_sides(text, frozenset(letters), head)


@settings(max_examples=300, deadline=None)
@given(
    _texts,
    st.sets(st.sampled_from("索肯拉乌中日a"), min_size=1),
    st.sampled_from(["方", "国"]),
    st.lists(st.sampled_from(["大使", "政府", "会", "方", "国", "あ"]), min_size=1, max_size=4),
)
def test_side_letters_with_a_following_word_are_the_expression_s_matches(
    text: str, letters: set[str], head: str, then: list[str]
) -> None:
    after = "|".join(map(re.escape, then))
    joined = re.escape("".join(sorted(letters)))
    expected = [m.start() for m in re.finditer(f"[{joined}](?={re.escape(head)}(?:{after}))", text)]
    assert side_letters_before(text, frozenset(letters), head, tuple(then)) == expected


def test_side_letters_on_every_dev_document_with_the_shipped_rules() -> None:
    rules = gazetteer().compound_rules
    assert rules is not None and rules.sides
    letters = frozenset("".join(rules.sides))
    read = 0
    for path in sorted(_DEV.glob("*.txt")):
        folded = fold(path.read_text("utf-8"))
        assert side_letters_before(folded, letters, rules.side_head) == _regex_sides(folded, letters, rules.side_head)
        after = "|".join(map(re.escape, rules.state_after))
        states = re.compile(f"[{re.escape(''.join(sorted(letters)))}](?={re.escape(rules.state_head)}(?:{after}))")
        found = side_letters_before(folded, letters, rules.state_head, tuple(rules.state_after))
        assert found == [m.start() for m in states.finditer(folded)]
        read += 1
    assert read >= 500


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_kana_questions_kept_per_text_are_the_searches(text: str) -> None:
    assert holds_kana(text) is (KANA.search(text) is not None)
    assert holds_hiragana(text) is (HIRAGANA.search(text) is not None)
    # asked again (the kept answer): the same
    assert holds_kana(text) is (KANA.search(text) is not None)
    assert holds_hiragana(text) is (HIRAGANA.search(text) is not None)


def test_hiragana_is_kana() -> None:
    """`holds_hiragana` skips its search in a text without kana: every hiragana character must be kana."""
    hiragana = [chr(c) for c in range(0x3000, 0x3100) if HIRAGANA.match(chr(c))]
    assert hiragana and all(KANA.match(c) for c in hiragana)


_spans = st.lists(st.tuples(st.integers(-3, 40), st.integers(-3, 40)), max_size=30)


@settings(max_examples=400, deadline=None)
@given(_spans, st.lists(st.tuples(st.integers(-3, 40), st.integers(-3, 40), st.booleans()), max_size=30))
def test_taken_spans_by_bisection_answer_as_the_walk(
    spans: list[tuple[int, int]], asked: list[tuple[int, int, bool]]
) -> None:
    cover = SpanCover(spans)
    taken = list(spans)
    for start, end, keep in asked:
        walked = any(a < end and start < b for a, b in taken)
        assert cover.overlaps(start, end) is walked
        if keep:
            cover.add(start, end)
            taken.append((start, end))


def test_a_span_inside_a_long_one_overlaps_and_one_beside_it_does_not() -> None:
    cover = SpanCover([(30, 31), (0, 100), (5, 5), (200, 210)])
    assert cover.overlaps(150, 160) is False
    assert cover.overlaps(99, 101) is True
    assert cover.overlaps(100, 200) is False
    assert cover.overlaps(4, 6) is True  # the empty span (5, 5) counts under the strict test, as (0, 100) does
    cover.add(150, 151)
    assert cover.overlaps(150, 160) is True


_aliases = st.text(alphabet="中乌土塞吉日美方韩國国Ukraine ", min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_aliases, st.sampled_from(["compound", "name", "title", "side"])), max_size=25))
def test_abbreviated_flags_per_distinct_alias_are_the_per_mention_tests(drawn: list[tuple[str, str]]) -> None:
    shared = _abbreviations_shared()
    mentions = [EntityMention(i, i + len(a), a, ("x",), basis) for i, (a, basis) in enumerate(drawn)]
    assert _abbreviated_flags(mentions, shared) == [_abbreviated(m, shared) for m in mentions]


@pytest.mark.parametrize("alias", ["中乌", "乌方", "中土", "土方", "中国"])
def test_shared_abbreviation_flags_on_written_compounds(alias: str) -> None:
    shared = _abbreviations_shared()
    for basis in ("compound", "name"):
        m = EntityMention(0, len(alias), alias, ("x",), basis)
        assert _abbreviated_flags([m, m], shared) == [_abbreviated(m, shared)] * 2

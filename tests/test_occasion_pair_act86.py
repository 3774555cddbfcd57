"""A collective of two after an occasion word is the occasion's pair (issue 14; fifty-fifth session, branch act86).

`After the talks, the two leaders issued a Joint Statement` (dev `presser_en_india_austria_vienna_visit` E8, the
sentence between telling what the leaders reviewed), `会谈后，两国元首…`, `両首脳は、会談後、…`: the two are those who
held the talks, told in the nearest sentence before that tells the talks, not the states a sentence between names as
what the talks were about (`discourse_occasion`, `discourse._Discourse._occasion_pair`). Traps: a sentence opening
with a topic word (`会談では、…`) names the talks' topics, not their parties; an occasion naming three states gives no
reading; no third state between leaves the reading as it was. Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import allyscope.discourse as discourse
from allyscope import parse_text
from allyscope.discourse_occasion import names_occasion, opens_with_occasion
from allyscope.entities import mark_entities


def _ids(text: str, word: str) -> set[str] | None:
    found = [m for m in mark_entities(parse_text(text)).entities if m.alias == word]
    return {i for i in found[-1].ids if not i.startswith("office:")} if found else None


_EN = (
    "A week in West Africa\n\n"
    "On 3 May the President of Kenya held talks with the President of Ghana in Accra. "
    "The situation in Mali and Burkina Faso was discussed at length. "
    "After the talks, the two leaders witnessed the signing of four agreements.\n"
)


def test_english_after_the_talks_is_the_pair_that_held_them() -> None:
    assert _ids(_EN, "the two leaders") == {"KE", "GH"}


def test_without_the_rule_the_topic_states_are_read() -> None:
    switch = discourse.OCCASION_OPENER
    try:
        discourse.OCCASION_OPENER = False
        assert _ids(_EN, "the two leaders") != {"KE", "GH"}
    finally:
        discourse.OCCASION_OPENER = switch


def test_simplified_chinese_after_the_talks() -> None:
    text = (
        "西非之行\n\n"
        "5月3日，肯尼亚总统同加纳总统在阿克拉举行会谈。"
        "马里和布基纳法索的安全局势受到特别关注。"
        "会谈后，两国元首共同见证了四项合作文件的签署。\n"
    )
    assert _ids(text, "两国元首") == {"KE", "GH"}


def test_japanese_opener_after_the_collective_and_a_topic_sentence_between() -> None:
    # trap: `会談では、…` names the talks' topics; it is no occasion, even though it holds the word
    text = (
        "西アフリカ訪問\n\n"
        "5月3日、ケニアの大統領はアクラでガーナの大統領と会談した。"
        "会談では、マリやブルキナファソの情勢について意見交換した。"
        "両首脳は、会談後、共同記者発表を行った。\n"
    )
    assert _ids(text, "両首脳") == {"KE", "GH"}


def test_an_occasion_naming_three_states_gives_no_reading_of_its_own() -> None:
    # trap: a meeting of three is no pair; the collective is read by the other steps, as before
    text = (
        "Kenya, Ghana and Nigeria\n\n"
        "On 3 May the presidents of Kenya, Ghana and Nigeria held talks in Abuja. "
        "They discussed the situation in Mali and Burkina Faso. "
        "After the talks, the two leaders of Kenya and Ghana signed a memorandum.\n"
    )
    with_rule = _ids(text, "the two leaders")
    switch = discourse.OCCASION_OPENER
    try:
        discourse.OCCASION_OPENER = False
        assert _ids(text, "the two leaders") == with_rule
    finally:
        discourse.OCCASION_OPENER = switch


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="abcdefg ,.會談後会谈后在中では", max_size=40), st.integers(min_value=0, max_value=40))
def test_the_readers_never_fail_and_an_opener_is_found_only_where_written(text: str, at: int) -> None:
    found = opens_with_occasion(text, 0, len(text), min(at, len(text)))
    assert found == any(w in text[: min(len(text), min(at, len(text)) + 6)] for w in ("會談後", "会谈后"))
    names_occasion(text, 0, len(text))

"""A Japanese roadmap named `工程表` or `行程表` is an instrument (issue 14 item 5, branch dom75; the codebook's
rule 1: a roadmap issued, adopted or agreed is institutional). The cue lists held `ロードマップ`, `路线图` and
`roadmap` but not the kanji words Japanese pages use as often; dev's confusion matrix showed a roadmap announced by
two leaders coded as talk. The words stand before a Japanese particle only: in Chinese `行程表` is a travel
itinerary and `工程表` a works schedule, neither an instrument. The sentences here are written for the test."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.events_domain import patterns, rule_domain
from allyscope.scripts import fold


def _ruled(text: str) -> tuple[str, bool]:
    return rule_domain(patterns(), fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "両首脳は経済安全保障協力の行程表を発表した",
        "両国の防衛相は装備協力の工程表に合意した",
        "両外相は人的交流拡大の工程表を採択した",
    ],
)
def test_a_japanese_roadmap_issued_or_agreed_is_an_instrument(text: str) -> None:
    assert _ruled(text)[0] == "institutional"


@pytest.mark.parametrize(
    "text",
    [
        "两国领导人公布了访问行程表",  # a Chinese itinerary: no instrument
        "雙方討論了港口擴建的工程表",  # a works schedule talked about
        "首相の行程表によると、両首脳は翌日に会談した",  # the itinerary names when a meeting was held
        "両外相は会談し、意見を交換した",
    ],
)
def test_an_itinerary_or_schedule_is_no_instrument(text: str) -> None:
    assert _ruled(text)[0] == "political-dialogue"


@given(st.text(alphabet="两国双方讨论公布了行程表工程表访问会谈，。的", max_size=40))
def test_chinese_text_never_reads_the_japanese_roadmap_words(text: str) -> None:
    """Without a Japanese particle after them the words are no cue: Chinese text reads as it did without them."""
    ruled = _ruled(text)
    assert ruled == _ruled(text.replace("行程表", "日程单").replace("工程表", "日程单"))

"""A happening named by a date that the case's two sides do or suffer together dates their event (issue 14 items 2
and 4, twenty-third session, branch prec44). prec42's rule (a date naming a happening — a crisis, a clash, a test —
dates no act) did not ask whose happening it was, and cost held-out recall: a clash between the two sides' forces, a
test one side conducts that the other answers and a crisis both answer together are the relationship's own events.
The sentences are written for these tests, in four languages, each beside one of the same shape whose happening is
a third party's or names neither side, which still dates no event. The facts in them need not be true."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.dates.roles import happening_name_span
from tests.helpers import case_of


def _stated(text: str, first: str, second: str) -> list[str]:
    """The dates of the events the text states as done, read with a case of the two sides active."""
    with case_of(first, second):
        events = extract("Relations\n\n" + text + "\n").events
    return sorted(e.date for e in events if e.mode == "asserted")


@pytest.mark.parametrize(
    ("text", "sides", "dates"),
    [
        # a clash between the two sides' forces: the name names who took part
        ("Ties soured after the 1999 clash between Indian and Pakistani troops.", ("IN", "PK"), ["1999"]),
        ("2010年的中日撞船事件使两国关系急剧恶化。", ("CN", "JP"), ["2010"]),
        ("2013年の日中間のレーダー照射事件は、両国の防衛当局に連絡体制の必要を痛感させた。", ("JP", "CN"), ["2013"]),
        ("2001年的中美撞機事件令兩國軍方的交流中斷數月。", ("CN", "US"), ["2001"]),
        # a test one side conducts that the other answers
        ("Seoul suspended the talks after Pyongyang's 2016 missile test.", ("KR", "KP"), ["2016"]),
        ("日本政府は2006年10月の北朝鮮の核実験を受けて、独自の制裁措置を決定した。", ("JP", "KP"), ["2006-10"]),
        # a happening both sides answer together
        ("Tokyo and Seoul jointly answered the 2008 financial crisis with a swap line.", ("JP", "KR"), ["2008"]),
        ("希臘與土耳其攜手應對1999年的強震危機。", ("GR", "TR"), ["1999"]),
    ],
)
def test_a_happening_of_the_pair_dates_its_event(text: str, sides: tuple[str, str], dates: list[str]) -> None:
    assert _stated(text, *sides) == dates, text


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a third party's happening, the pair named beside it
        ("Tokyo and Canberra both cite the 2022 Russian invasion of Ukraine to explain their pact.", ("JP", "AU")),
        ("印度和法国的官员常提起2020年的中印边境冲突。", ("IN", "FR")),
        ("日豪両国の研究者は、2017年の北朝鮮の核実験を転機と見ている。", ("JP", "AU")),
        # a happening that names neither side, with no joint act of the two
        ("Diplomats in Seoul and Tokyo still blame the 2008 financial crisis for the slow talks.", ("JP", "KR")),
        ("中日两国学者认为，2010年的炮击事件是地区局势的分水岭。", ("CN", "JP")),
        # a side named in the name, but the sentence names no other side
        ("Analysts in Paris recall Pyongyang's 2016 missile test as a turning point.", ("KR", "KP")),
    ],
)
def test_a_happening_of_others_still_dates_no_act(text: str, sides: tuple[str, str]) -> None:
    assert _stated(text, *sides) == [], text


def test_the_same_sentence_depends_on_the_case() -> None:
    # the happening is the pair's when the case is the two who clashed, a third party's in another case
    text = "Officials in Delhi and Beijing still speak of the 2020 clash between Indian and Chinese troops."
    assert _stated(text, "IN", "CN") == ["2020"]
    assert _stated(text, "IN", "FR") == []


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=1950, max_value=2024),
    st.sampled_from(["clash", "standoff", "incident", "crisis"]),
    st.sampled_from(["between Greek and Turkish ships", "off the coast", "in the Aegean"]),
)
def test_any_happening_name_runs_to_who_took_part(year: int, noun: str, complement: str) -> None:
    text = f"Both sides recall the {year} {noun} {complement}, which changed little."
    at = text.index(str(year))
    span = happening_name_span(text, at, at + 4)
    assert span is not None
    assert text[span[0] : span[1]].rstrip() == f"the {year} {noun} {complement}"
    framed = f"They met during the {year} {noun} {complement}."
    at = framed.index(str(year))
    assert happening_name_span(framed, at, at + 4) is None

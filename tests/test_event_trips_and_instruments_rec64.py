"""Departures, instruments of a treaty and entry into force typed as the acts they are (issue 14, items 1 and 4;
rec64, data `event_patterns.json`): setting out for a place (`left for`, `启程前往`, `へ向けて出発した`) is a visit's
act (CONSULT 042), not a generic one, and setting out for home (`启程返回`) is none; depositing, lodging or handing
over an instrument of ratification or accession (`交存批准书`, `遞交加入書`, `批准書を寄託した`) is an agreement's act
(AGREE 057), as ratifying is; a treaty that `効力を生じた` entered into force. An English act after `, and` whose date
is a count of days from the date before (`thirty days later`) is that count's act, not the first date's. Sentences
written for these tests (Peru, Chile, Uruguay, Paraguay; none of the documents that prompted the rules); the property
draws the day and the count."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.events_domain import patterns, type_cues
from allyscope.scripts import fold

_PAIRS = (("秘鲁", "智利", "ペルー", "チリ", "Peru", "Chile", "PE", "CL"),
          ("乌拉圭", "巴拉圭", "ウルグアイ", "パラグアイ", "Uruguay", "Paraguay", "UY", "PY"))  # fmt: skip
_COUNTS = {20: "twenty", 30: "thirty", 40: "forty", 60: "sixty", 90: "ninety"}


def _events(text: str) -> list[tuple[str, str, str, list[str]]]:
    return [(e.date, e.type, e.cameo, list(e.actors)) for e in extract(text).events]


@settings(max_examples=6, deadline=None)
@given(pair=st.sampled_from(_PAIRS), shape=st.sampled_from(["zh", "zht", "ja", "en"]))
def test_an_instrument_deposited_is_an_agreements_act(pair: tuple[str, ...], shape: str) -> None:
    text = {
        "zh": f"关系\n\n2019年3月5日，{pair[0]}向{pair[1]}政府交存了该条约的批准书。\n",
        "zht": f"關係\n\n2019年3月5日，{pair[0]}外長向{pair[1]}政府遞交加入書。\n",
        "ja": f"関係\n\n2019年3月5日、{pair[2]}は{pair[3]}政府に条約の批准書を寄託した。\n",
        "en": f"Relations\n\nOn 5 March 2019 {pair[4]} lodged its instrument of ratification with {pair[5]}.\n",
    }[shape]
    found = _events(text)
    assert [(d, t, c) for d, t, c, _ in found] == [("2019-03-05", "AGREE", "057")], (text, found)
    assert {pair[6], pair[7]} <= set(found[0][3]), found


def test_a_treaty_that_took_effect_in_japanese_is_an_agreements_act() -> None:
    found = _events("関係\n\nペルーとチリの協定は2019年3月5日に効力を生じた。\n")
    assert [(d, t) for d, t, _, _ in found] == [("2019-03-05", "AGREE")], found


@settings(max_examples=6, deadline=None)
@given(pair=st.sampled_from(_PAIRS), shape=st.sampled_from(["ja", "en"]))
def test_setting_out_for_a_place_is_a_visit(pair: tuple[str, ...], shape: str) -> None:
    text = {
        "ja": f"関係\n\n2019年3月5日、{pair[2]}の外相は{pair[3]}へ向けて出発した。\n",
        "en": f"Relations\n\nOn 5 March 2019 the foreign minister of {pair[4]} left for {pair[5]}.\n",
    }[shape]
    found = _events(text)
    assert [(d, t, c) for d, t, c, _ in found] == [("2019-03-05", "CONSULT", "042")], (text, found)


def test_setting_out_for_home_is_no_departure_cue() -> None:
    types, _ = type_cues(patterns(), fold("秘鲁外长启程返回利马"))
    assert not types, types
    types, _ = type_cues(patterns(), fold("秘鲁外长启程前往利马"))
    assert types, types


@settings(max_examples=10, deadline=None)
@given(
    day=st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2024, 6, 30)),
    count=st.sampled_from(sorted(_COUNTS)),
    pair=st.sampled_from(_PAIRS),
)
def test_an_act_dated_by_a_count_of_days_after_and_is_that_counts(
    day: datetime.date, count: int, pair: tuple[str, ...]
) -> None:
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")  # fmt: skip
    text = (
        f"Relations\n\nOn {day.day} {months[day.month - 1]} {day.year} {pair[4]} and {pair[5]} exchanged the "
        f"instruments of ratification, and the accord took effect {_COUNTS[count]} days later.\n"
    )
    found = _events(text)
    later = (day + datetime.timedelta(days=count)).isoformat()
    assert sorted(d for d, _, _, _ in found) == sorted([day.isoformat(), later]), (text, found)


@settings(max_examples=8, deadline=None)
@given(pair=st.sampled_from(_PAIRS), shape=st.sampled_from(["en_renew", "en_extend", "zh", "zht", "ja"]))
def test_an_arrangement_renewed_or_extended_is_an_agreements_act(pair: tuple[str, ...], shape: str) -> None:
    text = {
        "en_renew": f"Relations\n\nOn 5 March 2019 {pair[4]} and {pair[5]} renewed their pact on border security.\n",
        "en_extend": f"Relations\n\nOn 5 March 2019 {pair[4]} and {pair[5]} extended the arrangement on patrols.\n",
        "zh": f"关系\n\n2019年3月5日，{pair[0]}与{pair[1]}续签了边境安全协议。\n",
        "zht": f"關係\n\n2019年3月5日，{pair[0]}與{pair[1]}將海上巡邏協定延長三年。\n",
        "ja": f"関係\n\n2019年3月5日、{pair[2]}と{pair[3]}は国境警備に関する取決めを更新した。\n",
    }[shape]
    found = _events(text)
    assert [(d, t, c) for d, t, c, _ in found] == [("2019-03-05", "AGREE", "057")], (text, found)

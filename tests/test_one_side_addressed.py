"""Acts done by their nature to the other side of a pair, and one side's acts on the pair's instruments, keep a
clause that names one side only the pair's own (issue 14: the event became `context` when the actors missed the
side that acted), and the cue classes dom38 added (expulsions in Japanese, joint declarations issued, kidnapping
as a security topic). Sentences written for these tests, in other words than the corpus documents."""

from __future__ import annotations

import pytest

from allyscope.events_domain import one_side_on_its_arrangement, patterns, rule_domain
from allyscope.scripts import fold

_SIDES = [frozenset({"KR"}), frozenset({"NP"})]


def _own(clause: str, ids: set[str]) -> bool:
    return one_side_on_its_arrangement(patterns(), fold(clause), ids, _SIDES)


@pytest.mark.parametrize(
    "clause",
    [
        "外交部次官は同日、ネパール大使を呼び出した",
        "外交部当天召见尼泊尔驻华大使",
        "外交部當天召見尼泊爾大使",
        "The ministry summoned the Nepali ambassador on Monday",
        "officials called in the Nepali envoy the next morning",
    ],
)
def test_an_envoy_summoned_is_done_to_the_pair(clause: str) -> None:
    assert _own(clause, {"NP"})


@pytest.mark.parametrize(
    "clause",
    [
        "救助チームは翌日カトマンズに到着した",
        "首批救援队当天飞抵加德满都",
        "政府宣布向尼方提供紧急人道主义援助",
        "醫療隊於三日後抵達災區",
        "A medical team flew to Kathmandu two days later",
        "relief supplies were airlifted to the capital on Sunday",
    ],
)
def test_relief_sent_is_done_to_the_pair(clause: str) -> None:
    assert _own(clause, {"NP"}) or _own(clause, {"KR"})


@pytest.mark.parametrize(
    "clause",
    [
        "外相は同日、カトマンズで会談した",
        "总理当天在加德满都举行会谈",
        "國防部長隨後與對方會晤",
        "The minister held talks in Seoul on Friday",
        "the president met with his counterpart the next day",
    ],
)
def test_talks_held_have_a_partner(clause: str) -> None:
    assert _own(clause, {"NP"}) or _own(clause, {"KR"})


@pytest.mark.parametrize(
    "clause",
    [
        "同協定は2016年に発効した",
        "该协定于次年生效",
        "韓國政府簽署了採購合約",
        "Seoul signed the contract for the trainer jets in May",
        "the agreement entered into force in 2019",
        "ネパール政府は共同宣言に署名した",
    ],
)
def test_one_side_signing_or_bringing_into_force_an_instrument_is_the_pair_s(clause: str) -> None:
    assert _own(clause, {"KR"}) or _own(clause, {"NP"})


@pytest.mark.parametrize(
    "clause, ids",
    [
        ("国会は新しい国防法を可決した", {"KR"}),
        ("The government signed the budget law", {"KR"}),
        ("The Korean navy launched a new destroyer", {"KR"}),
        ("首相は閣議で新しい戦略を決定した", {"KR"}),
        ("the president took office in May", {"KR"}),
        ("外交部当天召见尼泊尔驻华大使", {"NP", "IN"}),  # a third party named: not the pair alone
        ("政府宣布向印方提供紧急人道主义援助", {"KR", "IN"}),
    ],
)
def test_a_side_s_own_act_or_an_act_with_a_third_party_stays_context(clause: str, ids: set[str]) -> None:
    assert not _own(clause, ids)


@pytest.mark.parametrize(
    "clause, domain",
    [
        ("外務省は、同国大使館の書記官2名に国外退去を求めた", "institutional"),
        ("the ministry declared two attachés persona non grata", "institutional"),
        ("The foreign ministers issue a joint declaration on safety at sea", "institutional"),
        ("the leaders issued a joint communiqué after the talks", "institutional"),
        ("the coast guards patrol the strait against kidnappers", "non-traditional-security"),
        ("两国海军开展联合巡逻，打击绑架船员的武装团伙", "non-traditional-security"),
        ("政府决定向该国提供人道主义援助", "non-traditional-security"),
        ("日本は同国に人道援助として毛布を送った", "non-traditional-security"),
        ("the suppliers' regime granted the country a waiver", "institutional"),
        ("委员会给予该国出口豁免", "institutional"),
    ],
)
def test_cue_classes_of_expulsion_declarations_and_kidnapping(clause: str, domain: str) -> None:
    assert rule_domain(patterns(), fold(clause))[0] == domain

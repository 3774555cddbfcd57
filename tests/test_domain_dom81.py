"""Fighting told without a force word is forces engaged (issue 14, branch dom81; docs/history.md, fiftieth session).

The codebook's rule 11 codes forces moved or an operation served in as `military-exercise`, and the sessions'
documents tell combat between the pair's forces in words that name no force (`Fighting broke out near …`, `the two
armies fought`, `戦闘が始まった`, `両軍が衝突し`, `兩國邊防人員…交火`, `空袭`): no cue class spoke there, and the model
read most of them as talk. Fighting, an exchange of fire, an armed or border clash, shelling, an air strike or an
offensive launched is now a cue of the class `force` (data `event_patterns.json`). Tested in other words than the
dev documents that showed the need, with traps: weapons and craft named by a word of fighting (`战斗机`,
`fighting vehicles`, `戦闘航空`), a fight against a social ill, talk about a clash, a ceasefire signed, a war on
terror.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.events_domain import patterns, rule_domain
from allyscope.scripts import fold


def _ruled(text: str) -> str:
    clause = fold(text)
    return rule_domain(patterns(), clause, [], clause, 0)[0]


def _ruled_clearly(text: str) -> str | None:
    """The domain the cues give when they give it clearly (else None: the model or the default would decide)."""
    clause = fold(text)
    domain, clear = rule_domain(patterns(), clause, [], clause, 0)
    return domain if clear else None


COMBAT = (
    "两国边防人员在有争议的山口附近交火数小时。",
    "雙方守軍在河口沙洲一帶激戰兩晝夜。",
    "兩國海岸警衛艇在漁場附近發生武裝衝突。",
    "邊境哨所之間的炮擊持續到黃昏。",
    "両国の国境警備隊が峠付近で衝突した。",
    "係争地の高原で大規模な戦闘が起きた。",
    "Heavy fighting erupted along the disputed ridge at dawn.",
    "The two armies fought a three-day battle over the oasis.",
    "Border guards of both states exchanged fire across the river.",
    "Gunners on both banks shelled the villages across the frontier.",
)


@pytest.mark.parametrize("text", COMBAT)
def test_fighting_told_without_a_force_word_is_forces_engaged(text: str) -> None:
    assert _ruled_clearly(text) == "military-exercise"


TRAPS = (
    ("两国签署了关于停止交火的协议。", "institutional"),
    ("兩國外長就邊境衝突問題舉行會談。", "political-dialogue"),
    ("両首脳は国境での武力衝突について電話で協議した。", "political-dialogue"),
    ("The ceasefire agreement that ended the fighting was signed in the capital.", "institutional"),
    ("The ministers discussed the border clashes by telephone.", "political-dialogue"),
    ("The two governments agreed on fighting corruption in customs.", "political-dialogue"),
    ("The army took delivery of forty infantry fighting vehicles.", "institutional"),
    ("两国签署了购买战斗机的合同。", "institutional"),
    ("三か国は次期戦闘航空システムの共同開発に関する条約に署名した。", "institutional"),
    ("两国军队在边境举行了联合反恐演习。", "military-exercise"),
)


@pytest.mark.parametrize(("text", "domain"), TRAPS)
def test_traps_keep_their_own_domain(text: str, domain: str) -> None:
    assert _ruled(text) == domain


_PLACES = st.sampled_from(["山口", "河谷", "高地", "边境哨所", "岛屿"])
_VERBS = st.sampled_from(["交火", "激战", "发生武装冲突"])
_TALK = st.sampled_from(["举行会谈，讨论", "通电话，谈及"])


@given(place=_PLACES, verb=_VERBS)
def test_any_clash_between_the_pair_at_any_place_is_forces_engaged(place: str, verb: str) -> None:
    assert _ruled_clearly(f"两国边防人员在{place}附近{verb}。") == "military-exercise"


@given(place=_PLACES, talk=_TALK)
def test_talk_about_a_clash_stays_talk(place: str, talk: str) -> None:
    assert _ruled(f"两国外长{talk}{place}的边境冲突问题。") == "political-dialogue"


@given(st.text(max_size=40))
def test_any_text_gets_a_domain(text: str) -> None:
    assert _ruled(text) in {"political-dialogue", "institutional", "military-exercise", "non-traditional-security"}


# A person's travel is the visit (the codebook's rule 7): `抵达`, `飞抵`, `到访`, `到着し`, `flew to`, `went to` were
# no cue, so a bare arrival was left to the model, which read most as an act on an instrument.
TRAVEL = (
    "外长当天下午飞抵对方首都。",
    "副總統率團抵達對方首都，展開三天的行程。",
    "総理大臣は同日夜、首都に到着した。",
    "The president flew to the neighbouring capital on Sunday.",
    "The prime minister went to the border town on Friday.",
)


@pytest.mark.parametrize("text", TRAVEL)
def test_a_persons_arrival_is_the_visit(text: str) -> None:
    assert _ruled_clearly(text) == "political-dialogue"


# traps: what arrives keeps its own cue's domain (forces, delivered equipment, a relief team), and a war is no trip
TRAVEL_TRAPS = (
    ("两国海军舰艇编队抵达对方港口。", "military-exercise"),
    ("护卫舰当天抵达对方港口。", "military-exercise"),
    ("首批两架运输机抵达对方空军基地。", "institutional"),
    ("中国国际救援队抵达震区。", "non-traditional-security"),
    ("医療チームが被災地に到着した。", "non-traditional-security"),
    ("The two countries went to war in 1965.", "military-exercise"),
)


@pytest.mark.parametrize(("text", "domain"), TRAVEL_TRAPS)
def test_what_arrives_keeps_its_own_domain(text: str, domain: str) -> None:
    assert _ruled(text) == domain


# `agreed` telling an act on an instrument or equipment: a boundary's points or sections settled, equipment to be
# developed or built together or under licence (the codebook's rules 1 and 4)
AGREED_ACTS = (
    "The two commissions agreed on 31 of the 35 disputed sections of the frontier.",
    "By March the remaining points of the land boundary had been agreed.",
    "The ministers agreed to develop a long-range drone jointly.",
    "Paris agreed to let the partner's shipyard build four corvettes under licence.",
)


@pytest.mark.parametrize("text", AGREED_ACTS)
def test_an_act_on_an_instrument_or_equipment_told_by_agreed(text: str) -> None:
    assert _ruled_clearly(text) == "institutional"


AGREED_TRAPS = (
    ("The ministers agreed on three points of cooperation in trade.", "political-dialogue"),
    ("The leaders agreed to work together on climate research.", "political-dialogue"),
    ("The two sides agreed to deepen cooperation in shipbuilding.", "political-dialogue"),
)


@pytest.mark.parametrize(("text", "domain"), AGREED_TRAPS)
def test_agreeing_to_cooperate_stays_talk(text: str, domain: str) -> None:
    assert _ruled(text) == domain


@given(
    first=st.integers(min_value=1, max_value=60),
    more=st.integers(min_value=1, max_value=20),
    part=st.sampled_from(["points", "sections", "segments", "sectors"]),
)
def test_any_share_of_a_boundary_agreed_is_institutional(first: int, more: int, part: str) -> None:
    text = f"The two delegations agreed on {first} of the {first + more} disputed {part} of the border."
    assert _ruled_clearly(text) == "institutional"


# the first of a purchase flying in or arriving in Japanese is its delivery (the codebook's rule 4)
FIRST_DELIVERED = (
    "最初の4機が製造国から北部の空軍基地に到着した。",
    "初の12両が北部の港に到着した。",
    "The first eight trainer aircraft flew from the factory to the academy's airfield.",
)


@pytest.mark.parametrize("text", FIRST_DELIVERED)
def test_the_first_of_a_purchase_arriving_is_its_delivery(text: str) -> None:
    assert _ruled_clearly(text) == "institutional"


def test_a_leader_reaching_the_first_stop_is_a_visit() -> None:
    assert _ruled_clearly("首相は最初の訪問地に到着した。") == "political-dialogue"


# a word of patrol naming an arrangement or agreement is the instrument's name, no patrol served in
PATROL_TEXTS = (
    ("双方就边境地区的巡逻安排达成协议。", "institutional"),
    ("两国海军签署了联合巡逻协定。", "institutional"),
    ("两国海警开始在界河联合巡逻。", "military-exercise"),
)


@pytest.mark.parametrize(("text", "domain"), PATROL_TEXTS)
def test_a_patrol_arrangement_agreed_is_an_instrument(text: str, domain: str) -> None:
    assert _ruled_clearly(text) == domain

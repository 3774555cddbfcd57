"""One side's statement told with a plain verb of saying, in four languages (issue 14 item 5, branch dom42).

A statement one side makes about the other is a statement (CAMEO 010, `political-dialogue`) unless what it says
names an act of a domain ranked above the heads of objects (an exercise, cyber, a security topic): then, as an
announcement, it takes that domain. That rule (`_said_from` in allyscope/event_domain_cues.py) only worked where the
verb of saying was known, and a verb the data lacked left the cues unclear and the model to decide: the model
retrained at the twenty-first session's merge read `秘魯總理回應稱，兩國關係總體穩定` as `institutional`. The verbs
added to `domain_cues.speech` are patterns of each language, not words of one document: in Chinese any verb ending
in `称` before its comma or colon (`回应称`, `批评称`, `强调称`; not a noun ending in it: `名称`, `简称`); in Japanese a
verb of saying after the quotative `と`, whose quoted words stand between the speaker's particle and the verb
(`…首相は、…と語った`); in English a verb of saying followed by `that` (`replied that`, `insisted that`).
The sentences are written for these tests about a pair no corpus document of the branch names (Uruguay and
Paraguay).
"""

from __future__ import annotations

import pytest
from helpers import case_of

from allyscope import parse_text
from allyscope.event_domain_cues import _said_from
from allyscope.events import extract_events
from allyscope.events_domain import patterns, rule_domain
from allyscope.scripts import fold


def _events(text: str) -> list[tuple[str, str, str]]:
    with case_of("UY", "PY"):
        return [(e.date, e.type, e.domain) for e in extract_events(parse_text("乌拉圭与巴拉圭\n\n" + text + "\n"), "t")]


def _ruled(sentence: str) -> tuple[str, bool]:
    folded = fold(sentence)
    return rule_domain(patterns(), folded, [], folded, 0)


STATEMENTS = [
    ("zh-Hans", "2021年5月6日，巴拉圭外长回应称，两国合作基础牢固。"),
    ("zh-Hant", "2021年5月6日，烏拉圭國防部批評稱，巴拉圭的說法與事實不符。"),
    ("zh-Hans", "2021年5月6日，乌拉圭总统坚称：两国边境秩序良好。"),
    ("ja", "2021年5月6日、パラグアイの外相は、両国の協力関係は揺るがないと語った。"),
    ("ja", "2021年5月6日、ウルグアイ国防省は記者会見で、パラグアイ側の主張は事実に反すると反論した。"),
    ("en", "On 6 May 2021 Paraguay's foreign minister replied that cooperation with Uruguay remained strong."),
    ("en", "On 6 May 2021 Uruguay's defence ministry insisted that the border with Paraguay was calm."),
]


@pytest.mark.parametrize(("language", "text"), STATEMENTS)
def test_one_sides_statement_is_clearly_political_dialogue(language: str, text: str) -> None:
    # clear: the cues decide, whatever the model would read
    assert _ruled(text) == ("political-dialogue", True), (language, text)
    events = _events(text)
    assert [(d, dom) for d, _, dom in events] == [("2021-05-06", "political-dialogue")], (language, events)


ANNOUNCED_EXERCISES = [
    ("zh-Hans", "2021年5月6日，巴拉圭海军回应称，与乌拉圭海军的联合演习已经结束。"),
    ("ja", "2021年5月6日、パラグアイ海軍は、ウルグアイ海軍との合同演習を終えたと語った。"),
    ("en", "On 6 May 2021 Paraguay's navy replied that the joint exercise with Uruguay's navy had ended."),
]


@pytest.mark.parametrize(("language", "text"), ANNOUNCED_EXERCISES)
def test_what_is_said_still_decides_when_it_names_an_exercise(language: str, text: str) -> None:
    # the object of the statement is an exercise, a class ranked above the heads of objects: its domain
    assert _ruled(text) == ("military-exercise", True), (language, text)


ACTS_STAY_ACTS = [
    # no verb of saying: a signing announced (`発表`, `declared`) is the act it announces
    ("ja", "2021年5月6日、パラグアイとウルグアイは防衛協力協定に署名したと発表した。", "institutional"),
    ("en", "On 2 June 2021 Uruguay declared that it would leave its defence treaty with Paraguay.", "institutional"),
    # a noun ending in 称 before a comma is no verb of saying: the signing after it is the act
    ("zh-Hans", "该协定的名称，由两国外长在2021年5月6日签署时确定。", "institutional"),
]


@pytest.mark.parametrize(("language", "text", "domain"), ACTS_STAY_ACTS)
def test_announced_acts_and_nouns_in_cheng_are_not_statements(language: str, text: str, domain: str) -> None:
    assert _ruled(text)[0] == domain, (language, text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("巴拉圭外长回应称，两国合作基础牢固。", "，两国合作基础牢固。"),
        ("该协定的简称，由双方商定。", None),
        ("乌拉圭是巴拉圭的邻国，两国面积相称，人口不同。", None),
        ("パラグアイの外相は、両国の協力関係は揺るがないと語った。", "両国の協力関係は揺るがない"),
        ("パラグアイ外務省が両国関係は良好だと強調した。", "両国関係は良好だ"),
        ("Paraguay's minister replied that ties were strong.", " that ties were strong."),
        ("Paraguay's minister replied to the letter.", None),
    ],
)
def test_where_what_was_said_stands(text: str, said: str | None) -> None:
    folded = fold(text)
    span = _said_from(patterns(), folded)
    assert (folded[span[0] : span[1]] if span else None) == (fold(said) if said else None), (text, span)


# -- dev's classes of domain misses (branch dom42), in other words ---------------------------------------------------

CEREMONY_THEN_ATTENDANCE = [
    # an attendance with no object of its own attends the ceremony of an act told before it: that act's domain
    ("zh-Hans", "2021年5月6日，新型巡逻艇在蒙得维的亚举行交接仪式，两国国防部长出席。"),
    ("zh-Hant", "2021年5月6日，聯合研製的教練機在亞松森舉行出廠典禮，兩國總統出席。"),
    ("ja", "2021年5月6日、モンテビデオで練習機の引き渡し式が行われ、両国の国防相が出席した。"),
]


@pytest.mark.parametrize(("language", "text"), CEREMONY_THEN_ATTENDANCE)
def test_attending_the_ceremony_told_before_is_the_ceremonys_act(language: str, text: str) -> None:
    assert _ruled(text) == ("institutional", True), (language, text)


ATTENDANCE_OF_ITS_OWN = [
    # what an attendance names decides (a summit), and a ceremony of no act (an opening of a forum) lends nothing
    ("zh-Hans", "2021年5月6日，两国总统出席了南方共同市场峰会，并发表讲话。"),
    ("zh-Hans", "2021年5月6日，论坛在蒙得维的亚开幕，两国外长出席。"),
]


@pytest.mark.parametrize(("language", "text"), ATTENDANCE_OF_ITS_OWN)
def test_an_attendance_of_a_meeting_stays_dialogue(language: str, text: str) -> None:
    assert _ruled(text)[0] == "political-dialogue", (language, text)


ACTION_PLANS = [
    # `共同行動`/`联合行动` is a joint operation, but not as the modifier of a plan: the plan is an instrument
    ("ja", "2021年5月6日、両国の外相は共同行動計画を採択した。", "institutional"),
    ("zh-Hans", "2021年5月6日，两国外长签署了联合行动计划。", "institutional"),
    ("zh-Hant", "2021年5月6日，兩國海軍在拉普拉塔河開展聯合行動。", "military-exercise"),
    ("zh-Hans", "2021年5月6日，两国海警在拉普拉塔河开展联合行动。", "military-exercise"),
]


@pytest.mark.parametrize(("language", "text", "domain"), ACTION_PLANS)
def test_an_action_plan_is_an_instrument_and_a_joint_operation_an_operation(
    language: str, text: str, domain: str
) -> None:
    assert _ruled(text)[0] == domain, (language, text)


RECOGNITIONS = [
    # recognising the other side's independence acts on the pair's relations, as establishing them does
    ("en", "On 4 May 1992 Uruguay recognised the independence of Paraguay's neighbour and of Paraguay itself."),
    ("zh-Hans", "1992年5月4日，乌拉圭正式承认巴拉圭独立。"),
    ("zh-Hant", "1992年5月4日，烏拉圭成為最早承認巴拉圭獨立的國家之一。"),
    ("ja", "1992年5月4日、ウルグアイはパラグアイの独立を承認した。"),
]


@pytest.mark.parametrize(("language", "text"), RECOGNITIONS)
def test_recognising_independence_is_an_act_on_relations(language: str, text: str) -> None:
    assert _ruled(text) == ("institutional", True), (language, text)


INTENTIONS_AND_PROPOSALS = [
    # an intention declared (Japanese non-past before the verb of saying) and a proposal or offer are what one side
    # says: the acts they name are not done (`domain_cues.speech`, `demand`)
    ("ja", "2021年5月6日、ウルグアイ大統領は、パラグアイとの防衛協定を議会に付託すると表明した。"),
    ("ja", "2021年5月6日、パラグアイ政府は練習機12機を調達する方針を表明した。"),
    ("zh-Hans", "2021年5月6日，乌拉圭外长提议与巴拉圭签署海上合作协定。"),
    ("zh-Hant", "2021年5月6日，巴拉圭總統提出向烏拉圭購買巡邏艇的構想。"),
    ("en", "On 6 May 2021 Uruguay offered to deploy two frigates to Paraguay's river patrols."),
    ("en", "On 6 May 2021 Paraguay proposed that the two sides sign a logistics agreement."),
]


@pytest.mark.parametrize(("language", "text"), INTENTIONS_AND_PROPOSALS)
def test_an_intention_declared_or_a_proposal_is_what_one_side_says(language: str, text: str) -> None:
    assert _ruled(text) == ("political-dialogue", True), (language, text)


REPORTED_ACTS_STAY_ACTS = [
    # what was said tells an act done (Japanese past before the verb of saying): that act still decides
    ("ja", "2021年5月6日、パラグアイ政府は、ウルグアイと防衛協定に署名したと述べた。", "institutional"),
    # submitting an application is no proposal (`提出…申请`): an act on the grouping joined
    ("zh-Hans", "2021年5月6日，乌拉圭正式提出加入该组织的申请。", "institutional"),
]


@pytest.mark.parametrize(("language", "text", "domain"), REPORTED_ACTS_STAY_ACTS)
def test_an_act_reported_as_done_keeps_its_domain(language: str, text: str, domain: str) -> None:
    assert _ruled(text)[0] == domain, (language, text)


EQUIPMENT_FOR_A_PURPOSE = [
    # training or peacekeeping naming what handed-over equipment is for: the act is on equipment
    ("zh-Hans", "2021年5月6日，乌拉圭向巴拉圭移交一批维和装备。", "institutional"),
    ("ja", "2021年5月6日、パラグアイはウルグアイに訓練機材を供与した。", "institutional"),
    ("en", "On 6 May 2021 Uruguay handed Paraguay training equipment for its engineers.", "institutional"),
    # the limits: relief goods or equipment and oil-spill equipment flown in stay disaster relief, troops sent for
    # peacekeeping are the topic's, a joint training is an exercise
    ("zh-Hans", "2021年5月6日，乌拉圭向巴拉圭提供一批救灾设备。", "non-traditional-security"),
    ("en", "On 6 May 2021 Uruguay flew relief equipment to Paraguay.", "non-traditional-security"),
    ("en", "On 6 May 2021 Uruguay flew oil-spill equipment and experts to Paraguay.", "non-traditional-security"),
    ("zh-Hans", "2021年5月6日，乌拉圭派出专家组协助巴拉圭处置漏油事故。", "non-traditional-security"),
    ("zh-Hans", "2021年5月6日，乌拉圭向巴拉圭派遣维和部队。", "non-traditional-security"),
    ("zh-Hans", "2021年5月6日，两国海军举行联合训练。", "military-exercise"),
]


@pytest.mark.parametrize(("language", "text", "domain"), EQUIPMENT_FOR_A_PURPOSE)
def test_equipment_named_by_its_purpose_is_equipment(language: str, text: str, domain: str) -> None:
    assert _ruled(text)[0] == domain, (language, text)


ACTING_TOGETHER = [
    # forces acting together with their own weapons or craft between the verb and `together` train together
    (
        "en",
        "On 6 May 2021 Uruguayan and Paraguayan pilots flew their trainer jets together over the river.",
        "military-exercise",
    ),
    ("en", "On 6 May 2021 the two navies sailed their patrol boats jointly up the Paraná.", "military-exercise"),
    # a signing done together stays a signing
    ("en", "On 6 May 2021 the two ministers signed their agreement together in Asunción.", "institutional"),
]


@pytest.mark.parametrize(("language", "text", "domain"), ACTING_TOGETHER)
def test_forces_acting_together_exercise(language: str, text: str, domain: str) -> None:
    assert _ruled(text)[0] == domain, (language, text)


ANNEXES = [
    # an annex of an agreement is an instrument: agreeing on it concludes a text (the cues' reading)
    ("ja", "2021年5月6日、両国の外相は協定の附属書について一致した。"),
    ("ja", "2021年5月6日、両国首脳は国境に関する合意の実施附属書について一致した。"),
    ("en", "On 6 May 2021 the two ministers agreed on an annex to their defence agreement."),
]


@pytest.mark.parametrize(("language", "text"), ANNEXES)
def test_agreeing_on_an_annex_reads_as_an_act_on_an_instrument(language: str, text: str) -> None:
    assert _ruled(text)[0] == "institutional", (language, text)


CALLED_OFF = [
    # talks or exchanges called off end a channel of the pair (Japanese `…を取り消す`): an act on it, as the codebook
    # codes calling off talks; talks held stay dialogue
    ("ja", "2021年5月6日、ウルグアイ国防省は両国の防衛協議を取り消すと発表した。", "institutional"),
    ("ja", "2021年5月6日、パラグアイ政府は海軍間の交流などを全て取り消した。", "institutional"),
    ("ja", "2021年5月6日、両国の外相がモンテビデオで会談した。", "political-dialogue"),
]


@pytest.mark.parametrize(("language", "text", "domain"), CALLED_OFF)
def test_talks_called_off_act_on_the_channel(language: str, text: str, domain: str) -> None:
    assert _ruled(text)[0] == domain, (language, text)

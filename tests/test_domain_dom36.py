"""Domains that transfer to security topics dev held little of (issue 14, branch dom36).

The blind-first documents of this branch (counter-piracy patrols, an earthquake relief airlift, peacekeeping
observers, patrol aircraft given) missed their domain where a concept of the codebook had no word in the cue lists
(a rescue team, military observers, pirates), where the dispatch verb's type decided over the purpose (`派遣`), and
where the exercise class took patrols as drills although the codebook codes an operation by its purpose. These tests
hold the rules that followed, on sentences written for them in other words, in each language where the rule speaks
of one: a team or ship sent for a disaster or for health, observers under the United Nations and an assistance
mission are non-traditional security whatever the verb; a patrol, an escort or a joint operation is a military
exercise unless a security topic names its purpose; a drill stays an exercise whatever it trains for; giving or
donating equipment acts on it. The seed concepts (`data/domain_seeds.json`) carry the same words in all four
languages, so the fallback and the model's features name one concept in each."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import load_repository_module as _load

from allyscope.event_domain_seeds import seed_concepts, seed_domain
from allyscope.events_domain import classify_domain, patterns, rule_domain
from allyscope.scripts import fold


def _domain(sentence: str) -> str:
    folded = fold(sentence)
    return classify_domain(patterns(), folded, [], folded, 0)


# -- teams, ships and missions for a security topic ---------------------------------------------------------------

TEAMS = [
    ("en", "In May the navy flew a search-and-rescue team and its dogs to the flooded province."),
    ("en", "Seoul dispatched a medical team to the camps on the border after the cyclone."),
    ("en", "The hospital ship anchored off the island and treated villagers for a fortnight."),
    ("ja", "政府は同日、救助チームを被災した沿岸の町に派遣した。"),
    ("ja", "両国の医療チームは先月から被災地の病院で活動している。"),
    ("zh-Hans", "地震发生后第二天，该国派出救援队前往灾区。"),
    ("zh-Hans", "海军医院船上月驶抵太平洋岛国，为当地居民义诊。"),
    ("zh-Hant", "颱風過後，政府派遣搜救隊協助當地搜尋失蹤者。"),
    ("zh-Hant", "該國醫療隊於去年三月抵達災區。"),
]

MISSIONS = [
    ("en", "The army sent six military observers to the truce line in 1995."),
    ("en", "Police and soldiers of the regional assistance mission landed at the capital in 2003."),
    ("ja", "同国は1998年、国連の停戦監視に軍事監視要員2名を送った。"),
    ("zh-Hans", "该国1989年首次向停战监督组织派出军事观察员。"),
    ("zh-Hant", "區域援助團的首批警察於同年抵達。"),
]


@pytest.mark.parametrize(("language", "sentence"), TEAMS + MISSIONS)
def test_a_team_or_mission_for_a_security_topic_is_non_traditional_security(language: str, sentence: str) -> None:
    assert _domain(sentence) == "non-traditional-security", language


def test_a_dispatch_of_troops_without_a_security_topic_stays_a_military_exercise() -> None:
    """The topic decides, not the verb: the same dispatch of a force without one keeps the codebook's deployment."""
    assert _domain("政府は同日、護衛艦2隻を南シナ海に派遣した。") == "military-exercise"
    assert _domain("该国上月向邻国派出一个步兵营。") == "military-exercise"


# -- operations: their purpose decides; drills stay exercises -----------------------------------------------------

OPERATIONS_FOR_A_TOPIC = [
    ("en", "Frigates of the two navies patrolled the gulf together against pirates in 2011."),
    ("en", "Their coast guards escorted merchant vessels through the strait to deter piracy."),
    ("zh-Hans", "两国海军舰艇在亚丁湾开展联合巡逻，打击海盗。"),
    ("zh-Hant", "兩國軍警在邊境地區聯合巡邏，共同打擊恐怖主義。"),
    ("ja", "両国の艦艇はアデン湾で海賊対処のための共同哨戒を行った。"),
]

OPERATIONS_WITHOUT_A_TOPIC = [
    ("en", "Their frigates patrolled the contested shoal together in March."),
    ("zh-Hans", "两国海军舰艇上月在南海开展联合巡逻。"),
    ("zh-Hant", "兩國海軍艦艇上月在南海進行聯合巡邏。"),
]

DRILLS_ON_A_TOPIC = [
    ("en", "The marines held a counter-piracy drill off the cape."),
    ("ja", "両国の艦艇は海賊対処の共同訓練を実施した。"),
    ("zh-Hans", "两军举行反恐联合演习。"),
    ("zh-Hant", "兩軍舉行反恐聯合演習。"),
]


@pytest.mark.parametrize(("language", "sentence"), OPERATIONS_FOR_A_TOPIC)
def test_an_operation_for_a_security_topic_is_non_traditional_security(language: str, sentence: str) -> None:
    assert _domain(sentence) == "non-traditional-security", language


@pytest.mark.parametrize(("language", "sentence"), OPERATIONS_WITHOUT_A_TOPIC)
def test_an_operation_without_a_security_topic_is_a_military_exercise(language: str, sentence: str) -> None:
    assert _domain(sentence) == "military-exercise", language


@pytest.mark.parametrize(("language", "sentence"), DRILLS_ON_A_TOPIC)
def test_a_drill_stays_an_exercise_whatever_it_trains_for(language: str, sentence: str) -> None:
    assert _domain(sentence) == "military-exercise", language


def test_a_patrol_craft_is_no_operation() -> None:
    """A word of patrol that modifies a craft names no operation: handing over patrol boats acts on equipment."""
    assert _domain("Tokyo handed over two patrol boats to the coast guard in June.") == "institutional"
    assert _domain("日本は哨戒機の引き渡しを同月に終えた。") == "institutional"


def test_signing_an_instrument_on_joint_patrols_is_institutional() -> None:
    """The act decides over its object's field: an agreement on patrols signed is an act on the instrument."""
    assert _domain("The ministers signed an agreement on joint patrols in 2019.") == "institutional"
    assert _domain("两国防长签署了联合巡逻协议。") == "institutional"


# -- equipment given ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Canberra gave the island's police force three small helicopters in 2016.",
        "The government donated four coastal radars to its neighbour last year.",
        "日本は同年、沿岸警備隊に中古の巡視艇を無償譲渡した。",
        "该国去年向邻国赠送了两架运输机。",
        "該國去年向友邦捐贈兩艘巡邏艇。",
    ],
)
def test_giving_or_donating_equipment_acts_on_it(sentence: str) -> None:
    assert _domain(sentence) == "institutional"


def test_gave_alone_is_no_act_on_equipment() -> None:
    """`gave` needs equipment as its object: a speech or an assurance given stays dialogue."""
    assert _domain("The minister gave a speech at the naval academy in Manila.") == "political-dialogue"
    assert _domain("The president gave assurances on the base during his visit.") == "political-dialogue"


# -- the seed concepts carry the same words in every language -----------------------------------------------------


@pytest.mark.parametrize(
    ("concept", "texts"),
    [
        ("disaster-relief", ["a rescue team flew in", "救助チームが到着", "救援队抵达", "搜救隊抵達"]),
        ("peacekeeping", ["military observers were sent", "停戦監視に参加", "派出军事观察员", "軍事觀察員抵達"]),
        ("health", ["a hospital ship called", "病院船が寄港", "医院船抵达", "醫院船抵達"]),
        ("equipment", ["it donated radars", "巡視艇を寄贈", "赠送运输机", "捐贈巡邏艇"]),
        ("patrol", ["they patrolled the strait", "護衛活動を行った", "开展护航", "執行護航"]),
    ],
)
def test_a_concept_is_found_in_each_language(concept: str, texts: list[str]) -> None:
    for text in texts:
        assert concept in {name for name, _, _ in seed_concepts(fold(text))}, text


def test_the_seed_fallback_puts_a_topic_before_an_operation() -> None:
    """The fallback's tie-break reads the cue classes' ranks: a patrol (an operation, rank 4) gives way to a security
    topic (rank 3) in the same text, and decides alone."""
    assert seed_domain(fold("they patrolled the strait against pirates")) == "non-traditional-security"
    assert seed_domain(fold("they patrolled the strait")) == "military-exercise"


def test_the_cue_lists_rank_operations_below_security_topics() -> None:
    ranked = {(c["class"], c["rank"], c["domain"]) for c in patterns()["domain_cues"]["classes"]}
    assert ("operation", 4, "military-exercise") in ranked
    assert ("security-topic", 3, "non-traditional-security") in ranked
    assert rule_domain(patterns(), fold("the navies patrolled together"))[0] == "military-exercise"


# -- the method is chosen by what transfers -----------------------------------------------------------------------


def _cv(accuracy: dict[str, float], discordant: dict[str, list[int]]) -> dict[str, Any]:
    return {"accuracy": {m: {"all": a} for m, a in accuracy.items()}, "discordant": discordant}


def test_a_model_method_is_chosen_when_it_transfers_better_and_loses_nowhere() -> None:
    """By document the model is no better than chance (13 won, 8 lost); holding out a script it wins 58 to 13: the
    training script ships it (`chosen`), since what holds on an unseen script is what the next documents need."""
    trainer = _load("scripts", "train_domain")
    by_document = _cv({"cues": 0.926, "cues-then-model": 0.929, "model": 0.927},
                      {"cues-then-model": [13, 8], "model": [17, 15]})  # fmt: skip
    assert trainer.chosen(by_document) == "cues"  # the folds of documents alone
    transfer = {
        "script": _cv({"cues": 0.798, "cues-then-model": 0.820, "model": 0.820},
                      {"cues-then-model": [58, 13], "model": [60, 15]}),
        "genre": _cv({"cues": 0.925, "cues-then-model": 0.928, "model": 0.925},
                     {"cues-then-model": [14, 9], "model": [17, 17]}),
    }  # fmt: skip
    assert trainer.chosen(by_document, transfer) == "cues-then-model"
    # a method that loses to cues on one grouping is not chosen, however much it wins on another
    transfer["genre"]["discordant"]["cues-then-model"] = [9, 14]
    transfer["genre"]["discordant"]["model"] = [9, 14]
    assert trainer.chosen(by_document, transfer) == "cues"

"""Exercises, operations and forces moved that fell to another domain or to `context` (issue 14, branch dom53).

On the blind sets a military-exercise event whose actors were right fell to `context` (7 of 21) or to dialogue and
institutions, and non-traditional-security events to the exercise and dialogue domains. The branch's blind-first dev
documents (exercises, port calls, patrols, drills and relief in four languages) showed four shapes: a live-fire phase
or a rehearsal had no word of an exercise (`watched the live-fire phase`, `觀摩了實彈射擊`), rescuers and a search had
none of relief, a patrol begun (`啟動協調巡邏`) was read as an act on an instrument, and a clause naming one side's
forces moved (`…重建队撤出…`, `…艦艇部署至…`) was taken for that side's own act. These tests hold the rules that
followed, on sentences written for them in other words, in each language where a rule speaks of one."""

from __future__ import annotations

import pytest

from allyscope.events_domain import classify_domain, one_side_on_its_arrangement, patterns
from allyscope.scripts import fold


def _domain(sentence: str) -> str:
    folded = fold(sentence)
    return classify_domain(patterns(), folded, [], folded, 0)


# -- a live-fire phase, a rehearsal, a war game, a tabletop exercise ------------------------------------------------

EXERCISES = [
    ("en", "Officers of both sides watched the live-fire serial from a hill above the beach."),
    ("en", "Marines of the two countries rehearsed a beach landing near the port last week."),
    ("en", "Staff officers from both ministries ran a war game on a blockade of the strait."),
    ("ja", "両国の部隊は翌日、実弾射撃を行った。"),
    ("zh-Hans", "双方官兵当天进行了实弹射击。"),
    ("zh-Hans", "两军参谋人员在首都开展了兵棋推演。"),
    ("zh-Hant", "兩國陸軍上午在靶場完成實彈射擊。"),
    ("zh-Hant", "兩國海巡人員進行了桌面推演。"),
    ("en", "Helicopters of both fleets practised cross-decking in the afternoon."),
    ("en", "The corvette berthed alongside the old quay for four days."),
    ("zh-Hans", "两国海军舰艇在锚地举行联演。"),
    ("zh-Hant", "兩軍儀仗隊在閱兵場舉行會操。"),
]


@pytest.mark.parametrize(("language", "sentence"), EXERCISES)
def test_a_live_fire_phase_or_rehearsal_is_an_exercise(language: str, sentence: str) -> None:
    assert _domain(sentence) == "military-exercise", language


# -- rescuers, a search, blue helmets, a relief operation: a security topic (a drill of it stays an exercise) ----

RESCUE = [
    ("en", "Soldiers of the neighbouring state joined local rescuers digging through the rubble."),
    ("en", "The two coast guards ran a search-and-rescue operation for the missing fishermen."),
    ("ja", "両国の沿岸警備隊は行方不明の漁船の捜索救助にあたった。"),
    ("zh-Hans", "两国海上力量在事发海域联合搜救失踪船员。"),
    ("zh-Hant", "三國當月宣布結束水下搜索。"),
    ("en", "A company of blue helmets from the island state took over the checkpoint in March."),
    ("en", "Army engineers of the neighbour joined the relief operation in the valley."),
    ("zh-Hans", "该国蓝盔部队当年进驻任务区。"),
    ("zh-Hant", "該國海軍隨即展開救災行動。"),
]


@pytest.mark.parametrize(("language", "sentence"), RESCUE)
def test_rescuers_and_a_search_are_a_security_topic(language: str, sentence: str) -> None:
    assert _domain(sentence) == "non-traditional-security", language


def test_a_search_and_rescue_drill_stays_an_exercise() -> None:
    """The codebook codes a drill whatever it trains for: the exercise class outranks the topic."""
    assert _domain("The coast guards of the two states held a search-and-rescue drill off the cape.") == (
        "military-exercise"
    )
    assert _domain("两国海警在近海举行联合搜救演练。") == "military-exercise"


# -- a patrol begun is the patrol ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The two navies launched coordinated patrols along their maritime border.",
        "两国海警于当月启动联合巡逻。",
        "兩國海軍在海峽啟動聯合巡邏。",
    ],
)
def test_a_patrol_launched_is_an_operation(sentence: str) -> None:
    assert _domain(sentence) == "military-exercise"


@pytest.mark.parametrize(
    "sentence",
    [
        "兩國海軍當年啟動協調巡邏，以遏止海盜活動。",
        "两国海军启动联合巡逻，打击海盗。",
    ],
)
def test_a_patrol_launched_against_a_security_topic_takes_the_topic(sentence: str) -> None:
    assert _domain(sentence) == "non-traditional-security"


def test_launching_what_is_no_operation_stays_an_act_on_an_instrument() -> None:
    """The verb of starting yields to an operation only: negotiations and a programme launched stay acts on them."""
    assert _domain("The two countries launched negotiations on a maritime agreement.") == "institutional"
    assert _domain("两国启动了自由贸易协定谈判。") == "institutional"


# -- one side's forces moved, in a document about its pair --------------------------------------------------------

SIDES = [frozenset({"NZ"}), frozenset({"FJ"})]


@pytest.mark.parametrize(
    "clause",
    [
        "the engineer battalion left the island in may",
        "the last troops pulled out of the province that week",
        "该国海军两艘护卫舰当天部署至对方海域",
        "同國の部隊は同月、撤収を完了した",
        "該國工兵分隊於同年撤離災區",
    ],
)
def test_one_sides_forces_moved_are_the_pairs(clause: str) -> None:
    assert one_side_on_its_arrangement(patterns(), fold(clause), {"NZ"}, SIDES)


def test_forces_moved_need_a_force_a_verb_and_no_third_party() -> None:
    """A person travelling, a force that does not move, or a force sent to a third state named stay context."""
    data = patterns()
    assert not one_side_on_its_arrangement(data, fold("the minister left for the capital"), {"NZ"}, SIDES)
    assert not one_side_on_its_arrangement(data, fold("the battalion trained hard all winter"), {"NZ"}, SIDES)
    assert not one_side_on_its_arrangement(data, fold("该国部队进驻第三国基地"), {"NZ", "AU"}, SIDES)


def test_a_hospital_ship_sent_is_done_to_the_other_side() -> None:
    """A hospital ship is a medical team afloat: where it arrives is the side it serves (`addressed`)."""
    data = patterns()
    assert one_side_on_its_arrangement(data, fold("该国海军医院船抵达对方港口"), {"NZ"}, SIDES)
    assert one_side_on_its_arrangement(data, fold("the hospital ship anchored off the capital"), {"NZ"}, SIDES)


# -- one side's official observing an exercise ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ids", "clause"),
    [
        ({"office:nz-defence-minister"}, "the defence minister watched the amphibious drills from the flagship"),
        ({"NZ"}, "该国国防部长当天观摩了实兵演习"),
        ({"NZ"}, "同国の国防相は訓練を視察した"),
        ({"NZ"}, "該國參謀總長檢閱了聯合演習"),
    ],
)
def test_one_sides_official_observing_an_exercise_is_the_pairs(ids: set[str], clause: str) -> None:
    assert one_side_on_its_arrangement(patterns(), fold(clause), ids, [frozenset({"NZ", *ids}), frozenset({"FJ"})])


def test_observing_what_is_no_exercise_or_with_a_third_party_is_not() -> None:
    """A visit to a factory is no exercise observed, and an exercise observed with a third state named stays its."""
    data = patterns()
    assert not one_side_on_its_arrangement(data, fold("the minister visited the shipyard"), {"NZ"}, SIDES)
    assert not one_side_on_its_arrangement(data, fold("该国国防部长观摩了第三国的演习"), {"NZ", "AU"}, SIDES)

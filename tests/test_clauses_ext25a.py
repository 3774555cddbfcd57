"""Acts cut out of one sentence and the domain words of branch ext25a (issue 14: recall, actors and domain that
hold on documents the rules were not tuned on): sentences written for these tests, about pairs the corpus rules
were not tuned on (Chile, Peru, Argentina, Brazil, Uruguay)."""

from __future__ import annotations

from helpers import case_of

from allyscope import parse_text
from allyscope.events import extract_events


def _events(text: str) -> list[tuple[str, str, str, str]]:
    with case_of("CL", "PE", "AR"):
        return [(e.date, e.type, e.mode, e.domain) for e in extract_events(parse_text(text), "t")]


def test_a_collective_subject_of_four_after_a_comma_opens_an_act_of_its_own() -> None:
    text = "南美四国\n\n2019年3月8日，智利总统在圣地亚哥主持峰会，四国领导人宣布设立海上协调中心。\n"
    events = _events(text)
    assert len(events) == 2, events
    assert {date for date, *_ in events} == {"2019-03-08"}


def test_a_signing_named_in_a_word_of_time_is_no_signing() -> None:
    """A guard on the cut before 签署 (a comma right before it opens an act): `签署当天` names the day of the act
    after it, so that act is the meeting, not a second signing."""
    text = "智利与秘鲁\n\n该协定于2019年5月30日在利马签署，签署当天两国还举行了首次外长会议。\n"
    events = _events(text)
    assert sorted(kind for _, kind, _, _ in events) == ["AGREE", "CONSULT"], events
    consult = [e for e in events if e[1] == "CONSULT"]
    assert consult[0][3] == "political-dialogue"


def test_a_signing_after_a_visit_is_an_act_of_its_own_after_a_meeting_it_is_the_act_done_there() -> None:
    visit = "智利与秘鲁\n\n2019年5月，智利国防部长访问利马，与秘鲁国防部长签署海上合作协定。\n"
    assert sorted(kind for _, kind, _, _ in _events(visit)) == ["AGREE", "CONSULT"]
    summit = "智利与秘鲁\n\n2019年5月，智利总统出席太平洋联盟峰会，与秘鲁签署海上合作协定。\n"
    assert len(_events(summit)) == 1


def test_representations_are_a_protest_and_a_joint_exercise_abbreviated_is_an_exercise() -> None:
    protest = "智利与阿根廷\n\n2019年5月30日，智利已向阿根廷提出严正交涉。\n"
    assert [(kind, domain) for _, kind, _, domain in _events(protest)] == [("ACCUSE", "political-dialogue")]
    drill = "智利與阿根廷\n\n2019年9月，兩國首次舉行「南十字」聯合軍演。\n"
    assert [domain for *_, domain in _events(drill)] == ["military-exercise"]


def test_a_two_plus_two_meeting_is_dialogue() -> None:
    text = "Chile and Peru\n\nThe two countries held their first 2+2 in Lima in May 2019.\n"
    assert [domain for *_, domain in _events(text)] == ["political-dialogue"]


def test_a_side_that_plans_to_hold_a_meeting_states_a_plan() -> None:
    text = "智利与秘鲁\n\n南方观察　2024年3月\n\n双方计划今年内在利马举行新一轮防务磋商。\n"
    modes = [mode for _, _, mode, _ in _events(text)]
    assert modes and all(mode == "planned" for mode in modes), modes


def test_a_vision_statement_issued_together_is_an_instrument() -> None:
    text = "智利与秘鲁\n\n2019年5月30日，两国领导人在利马会晤并发表愿景声明。\n"
    events = _events(text)
    assert sorted(domain for *_, domain in events) == ["institutional", "political-dialogue"], events

"""Second acts and clause shapes of branch ext30b (issue 14: event recall on documents unlike dev): a decision that
raises a relationship is an act of its own beside the meeting that took it; a sentence with no date that opens with
the collective subject of the occasion the sentence before dated tells a second act of that occasion; a date from
which a thing has lasted, told as that thing's modifier, dates no act. Sentences written for these tests, about
pairs the corpus rules were not tuned on (Chile, Peru, Argentina)."""

from __future__ import annotations

from helpers import case_of

from allyscope import parse_text
from allyscope.events import extract_events


def _events(text: str) -> list[tuple[str, str, str, str, str]]:
    """(date, PLOVER type, mode, domain, date basis) of each event of `text`, read with Chile, Peru and
    Argentina as the case."""
    with case_of("CL", "PE", "AR"):
        return [(e.date, e.type, e.mode, e.domain, e.date_basis) for e in extract_events(parse_text(text), "t")]


# --- raising a relationship: an act of its own -------------------------------------------------------------------


def test_raising_the_relationship_after_talks_is_a_second_act_in_every_script() -> None:
    texts = [
        "智利与秘鲁\n\n2019年5月，智利总统访问利马，与秘鲁总统会谈，双方决定将两国关系提升为全面战略伙伴关系。\n",
        "智利與秘魯\n\n2019年5月，兩國元首在利馬會晤，兩國關係提升為全面戰略夥伴關係。\n",
        "チリとペルー\n\n2019年5月、チリ大統領はリマでペルー大統領と会談し、両国関係を「包括的戦略的パートナーシップ」に格上げした。\n",
        "Chile and Peru\n\nOn 30 May 2019 the presidents of Chile and Peru met in Lima and decided to upgrade "
        "their ties to a comprehensive strategic partnership.\n",
    ]
    for text in texts:
        events = _events(text)
        raised = [e for e in events if e[1] == "COOPERATE"]
        assert len(raised) == 1 and len(events) >= 2, (text, events)
        assert raised[0][3] == "institutional", (text, events)
        assert len({date for date, *_ in events}) == 1, events


def test_a_decision_to_raise_the_relationship_after_a_statement_is_an_act_of_its_own() -> None:
    text = "智利与秘鲁\n\n2019年5月30日，双方发表联合声明，决定将两国关系提升为全面战略伙伴关系。\n"
    assert sorted(kind for _, kind, *_ in _events(text)) == ["CONSULT", "COOPERATE"]


def test_upgrading_equipment_or_an_escalating_conflict_is_no_raising_of_a_relationship() -> None:
    text = "Chile and Peru\n\nIn May 2019 Chile and Peru held talks in Lima on upgrading their frigates.\n"
    assert len(_events(text)) == 1
    escalation = "智利与秘鲁\n\n2019年5月，两国外长在利马会谈，边境摩擦升级为武装冲突。\n"
    assert all(kind != "COOPERATE" for _, kind, *_ in _events(escalation)), _events(escalation)


# --- a second act in the next sentence ---------------------------------------------------------------------------


def test_a_collective_subject_after_a_dated_meeting_tells_a_second_act_of_its_date_in_every_script() -> None:
    texts = [
        "智利与秘鲁\n\n2019年5月30日，两国元首在利马举行会谈。两国政府还签署了海上合作协定。\n",
        "智利與秘魯\n\n2019年5月30日，兩國外長在利馬舉行會談。雙方並發表聯合聲明。\n",
        "チリとペルー\n\n2019年5月30日、チリ大統領はリマでペルー大統領と会談した。両首脳は共同声明を発出した。\n",
        "Chile and Peru\n\nThe presidents of Chile and Peru met in Lima on 30 May 2019. The two leaders also signed a "
        "declaration on maritime security.\n",
    ]
    for text in texts:
        events = _events(text)
        assert len(events) == 2, (text, events)
        assert {date for date, *_ in events} == {"2019-05-30"}, events
        second = events[1]
        assert second[4] == "after-act" and second[3] == "institutional", (text, events)


def test_the_meeting_told_again_a_word_said_and_an_intent_are_no_second_acts() -> None:
    texts = [
        "智利与秘鲁\n\n2019年5月30日，两国元首在利马举行会谈。双方就地区形势深入交换意见。\n",
        "智利與秘魯\n\n2019年5月30日，兩國元首在利馬舉行會談。雙方表示願意深化合作。\n",
        "チリとペルー\n\n2019年5月30日、チリ大統領はリマでペルー大統領と会談した。両首脳は引き続き協力を強化することで一致した。\n",
        "Chile and Peru\n\nThe presidents of Chile and Peru met in Lima on 30 May 2019. They also discussed fish.\n",
        "Chile and Peru\n\nThe presidents of Chile and Peru met in Lima on 30 May 2019. We regard it as a success.\n",
    ]
    for text in texts:
        assert len(_events(text)) == 1, (text, _events(text))


def test_no_second_act_after_a_sentence_recalling_two_dates_nor_before_the_occasion_nor_planned() -> None:
    two_dates = (
        "チリとペルー\n\n両首脳は、2017年4月に署名され、同年11月に発効した協定の成果を確認した。"
        "また、両首脳は漁業協定に署名した。\n"
    )
    assert {date for date, *_ in _events(two_dates)} <= {"2017-04", "2017-11"}
    earlier = "智利与秘鲁\n\n2019年5月30日，两国外长在利马举行会谈。双方此前签署的协定包括渔业协定。\n"
    assert len(_events(earlier)) == 1
    planned = "智利與秘魯\n\n2019年5月30日，兩國外長在利馬舉行會談。雙方計劃明年簽署漁業協定。\n"
    # the talks alone are asserted; the signing `明年` dates (the lead's date, 30 May 2019, dates the text) is planned
    assert [mode for _, _, mode, *_ in _events(planned) if mode == "asserted"] == ["asserted"]
    assert [date for date, _, mode, *_ in _events(planned) if mode != "asserted"] in ([], ["2020"])


def test_a_second_act_needs_the_sentence_right_before_it_in_its_paragraph() -> None:
    text = "智利与秘鲁\n\n2019年5月30日，两国元首在利马举行会谈。\n\n双方还签署了海上合作协定。\n"
    assert len(_events(text)) == 1


# --- a date from which a thing has lasted --------------------------------------------------------------------------


def test_an_open_start_modifying_a_noun_dates_no_act_in_every_script() -> None:
    texts = [
        "智利与秘鲁\n\n自2019年3月起的海上合作为两国渔业协定提供了框架。\n",
        "智利與秘魯\n\n雙方高度評價自2015年以來的邊境合作。\n",
        "チリとペルー\n\n2019年以来の両国の協議は、二つの協定に結実した。\n",
        "Chile and Peru\n\nThe ministers reviewed the naval rotation since March 2019 and praised its results.\n",
    ]
    for text in texts:
        assert _events(text) == [], (text, _events(text))


def test_an_open_start_that_dates_an_act_keeps_it() -> None:
    chinese = "智利與秘魯\n\n自2019年起，智利向秘魯海軍提供巡邏艇。\n"
    assert [date for date, *_ in _events(chinese)] == ["2019/.."]
    perfect = "Chile and Peru\n\nChile has hosted a Peruvian naval rotation since March 2019.\n"
    assert len(_events(perfect)) == 1
    opening = "Chile and Peru\n\nSince 2018 Chilean and Peruvian ships have patrolled the border waters together.\n"
    assert [date for date, *_ in _events(opening)] == ["2018/.."]


# --- forces sent and a port call then an exercise with a partner ---------------------------------------------------


def test_a_port_call_and_an_exercise_with_a_partner_after_it_are_two_acts() -> None:
    texts = [
        "智利與秘魯\n\n2019年11月，該艦停靠利馬，並與秘魯海軍舉行聯合訓練。\n",
        "智利与秘鲁\n\n2019年11月，智利护卫舰停靠卡亚俄港，并与秘鲁海军举行联合演习。\n",
    ]
    for text in texts:
        events = _events(text)
        assert [kind for _, kind, *_ in events] == ["COOPERATE", "COOPERATE"], (text, events)
    one = "智利与秘鲁\n\n2019年11月，智利护卫舰停靠卡亚俄港，并补充了燃料。\n"
    assert len(_events(one)) == 1


def test_a_side_sending_forces_to_an_exercise_told_before_is_an_act_of_its_own() -> None:
    chinese = "智利与秘鲁\n\n演习已于2019年5月3日至6日在利马外海举行，智利海军派出护卫舰参加。\n"
    assert sorted(kind for _, kind, *_ in _events(chinese)) == ["AID", "COOPERATE"]
    japanese = "チリとペルー\n\n2019年9月、チリ空軍の戦闘機が初めてペルーに展開し、ペルー空軍との共同訓練を実施した。\n"
    assert sorted(kind for _, kind, *_ in _events(japanese)) == ["AID", "COOPERATE"]


def test_a_body_launched_after_an_entry_into_force_is_an_act_of_its_own() -> None:
    japanese = "チリとペルー\n\n協定は2019年12月に発効し、合同委員会が正式に発足した。\n"
    assert sorted(kind for _, kind, *_ in _events(japanese)) == ["AGREE", "COOPERATE"]
    english = (
        "Chile and Peru\n\nThe two navies signed a memorandum in Lima on 3 May 2019 and set up a joint coordination "
        "centre.\n"
    )
    assert sorted(kind for _, kind, *_ in _events(english)) == ["AGREE", "COOPERATE"]
    since = "チリとペルー\n\n合同委員会は2019年の発足以来、年に一度会合を開いている。\n"
    assert all(kind != "COOPERATE" for _, kind, *_ in _events(since)), _events(since)

"""Chinese event recall of branch ext28a (issue 14: fresh Chinese documents written in other words): an occasion
told as a span in the next sentence (`访问期间，…`) dated by that occasion, two clauses with their own subjects
joined by an enumeration comma (`…访问、双方宣布…`), severing relations as an act of its own, and `将同…举行` as a
plan. Sentences written for these tests, about pairs the corpus rules were not tuned on (Chile, Peru, Argentina),
in both scripts."""

from __future__ import annotations

import pytest
from helpers import case_of

from allyscope import parse_text
from allyscope.dates import mark_dates
from allyscope.events import extract_events


def _events(text: str) -> list[tuple[str, str, str]]:
    with case_of("CL", "PE", "AR"):
        return [(e.date, e.type, e.mode) for e in extract_events(parse_text(text), "t")]


def _occasion_dates(text: str) -> list[str]:
    doc = mark_dates(parse_text("智利与秘鲁\n\n" + text + "\n"))
    return [m.edtf for m in doc.dates if m.text.lower().endswith(("期间", "期間", "visit", "summit"))]


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("秘鲁总统于2018年4月10日至12日对智利进行国事访问。访问期间，两国签署了文件。", "2018-04-10/2018-04-12"),
        ("智利外長2016年9月訪問秘魯。訪問期間，雙方就邊境問題交換意見。", "2016-09"),
        ("两国防长2021年3月8日在利马举行会谈。会谈期间，双方商定设立工作组。", "2021-03-08"),
        # a paragraph later, after a label, with no date between
        ("一、两国元首2019年5月6日在利马举行峰会。\n\n二、峰會期間，兩國外長簽署引渡條約。", "2019-05-06"),
        (
            "The President of Peru visited Chile from 10 to 12 April 2018. During the visit, the two sides signed a"
            " fisheries arrangement.",
            "2018-04-10/2018-04-12",
        ),
    ],
)
def test_an_occasion_told_as_a_span_takes_the_whole_date_of_the_occasion(text: str, edtf: str) -> None:
    assert _occasion_dates(text) == [edtf]


@pytest.mark.parametrize(
    "text",
    [
        # the date before dates no visit
        "两国防长2021年3月8日在利马签署协定。访问期间，双方还参观了港口。",
        # another date stands between the visit and the phrase
        "秘鲁总统2018年4月对智利进行访问；同年6月，两国建立战略伙伴关系。访问期间，双方签署了文件。",
        # the phrase is inside a clause, after a comma
        "秘鲁总统2018年4月对智利进行访问，据悉访问期间双方签署了文件。",
        # `since then` dates no occasion
        "2018年4月秘鲁总统访问智利，此后两国往来密切。访问期间，双方签署了文件。",
    ],
)
def test_an_occasion_phrase_is_left_undated_when_a_reader_could_not_tell_its_occasion(text: str) -> None:
    assert _occasion_dates(text) == []


def test_talks_during_the_visit_are_an_event_of_the_visits_days() -> None:
    text = "智利与秘鲁\n\n秘鲁总统于2018年4月10日至12日对智利进行国事访问。访问期间，两国元首在圣地亚哥举行会谈。\n"
    dates = [date for date, *_ in _events(text)]
    assert dates.count("2018-04-10/2018-04-12") == 2, dates


def test_an_enumeration_comma_before_a_subject_of_the_two_sides_opens_an_act() -> None:
    for text in (
        "智利与秘鲁\n\n2017年5月智利总统对秘鲁进行国事访问、两国领导人共同宣布建立战略伙伴关系。\n",
        "智利與秘魯\n\n2017年5月智利總統對秘魯進行國事訪問、雙方共同宣布建立戰略夥伴關係。\n",
    ):
        events = _events(text)
        assert len(events) == 2 and {d for d, *_ in events} == {"2017-05"}, events


def test_severing_relations_with_one_state_and_establishing_them_with_another_are_two_acts() -> None:
    for text in (
        "阿根廷外交\n\n2010年6月，阿根廷与智利断交，并与秘鲁建立外交关系。\n",
        "阿根廷外交\n\n2010年6月，阿根廷與智利斷絕外交關係，並與秘魯建立外交關係。\n",
    ):
        events = _events(text)
        assert sorted(t for _, t, _ in events) == ["COOPERATE", "SANCTION"], events


def test_a_future_marker_before_a_partner_and_a_verb_makes_a_plan() -> None:
    for text in (
        "智利与秘鲁\n\n2024年7月1日，智利外长表示，总统将同秘鲁总统在利马举行会谈。\n",
        "智利與秘魯\n\n2024年7月1日，智利外長表示，總統將與秘魯總統在利馬舉行會談。\n",
    ):
        modes = {mode for _, _, mode in _events(text)}
        assert "asserted" not in modes, modes


def test_a_span_of_training_takes_the_date_of_the_training() -> None:
    for text, edtf in (
        ("智利空军2016年9月赴秘鲁参加联合训练。训练期间，双方进行了空中加油演练。", "2016-09"),
        ("兩國海軍陸戰隊2020年2月在利馬舉行聯合演練。演練期間，雙方進行了兩棲登陸。", "2020-02"),
    ):
        assert _occasion_dates(text) == [edtf]


def test_a_visit_told_by_a_verb_of_going_abroad_and_the_talks_on_it_are_two_acts() -> None:
    for text in (
        "智利与秘鲁\n\n2018年3月，智利总统出访利马，与秘鲁总统举行会谈。\n",
        "智利與秘魯\n\n2017年8月，秘魯外長到訪聖地亞哥，同智利外長舉行會晤。\n",
    ):
        events = _events(text)
        assert len(events) == 2, events


def test_a_meeting_and_what_is_announced_after_a_comma_are_two_acts() -> None:
    for text in (
        "智利与秘鲁\n\n2019年5月，两国外长在利马会晤，宣布启动自由贸易协定谈判。\n",
        "智利與秘魯\n\n2019年5月，兩國外長在利馬會晤，宣佈設立聯合工作組。\n",
    ):
        events = _events(text)
        assert sorted(t for _, t, _ in events) == ["CONSULT", "COOPERATE"], events


def test_what_a_statement_announces_or_an_announced_intent_is_no_second_act() -> None:
    for text in (
        "智利与秘鲁\n\n2019年5月，两国外长在利马发表联合声明，宣布将两国关系提升为战略伙伴关系。\n",
        "智利與秘魯\n\n2019年5月，兩國外長在利馬會晤，宣佈加強海上合作。\n",
    ):
        events = _events(text)
        assert len(events) == 1, events


def test_a_sentence_that_counts_an_anniversary_states_no_act() -> None:
    for text in (
        "智利与秘鲁\n\n2024年5月1日\n\n三、今年是智秘建交五十周年。\n",
        "智利與秘魯\n\n2024年5月1日\n\n2025年是兩國建立戰略夥伴關係10週年。\n",
    ):
        assert _events(text) == []
    # a sentence that tells an act of the anniversary year is read as before
    assert _events("智利与秘鲁\n\n2024年5月1日\n\n今年是两国建交50周年，两国元首在利马举行会谈。\n")


def test_a_meeting_and_an_act_on_an_instrument_announced_together_are_two_acts() -> None:
    for text in (
        "智利与秘鲁\n\n2021年6月28日，两国总统举行视频会晤，共同宣布条约延期五年。\n",
        "智利與秘魯\n\n2020年3月，兩國外長在利馬會談，共同宣佈完成自由貿易協定談判。\n",
    ):
        events = _events(text)
        assert len(events) == 2, events

"""Acts told after a dated meeting and second acts folded into a visit's clause (issue 14, recall; branch rec48).

Each test names a pattern of the language, in sentences written for it (Argentina, Paraguay, Bolivia and Ecuador,
not the pairs of the dev documents that showed the miss):

- the codebook dates an act only where its own sentence says when; a phrase naming the meeting told before with its
  date is such a word of time (`On the margins of the summit`, `On the sidelines of the talks`, `At the summit`,
  `会談では`), as `During the visit` and `访问期间` are (`occasion_span`), and `In the evening` after a dated day is
  that day (`same_day`); a sentence that goes on about the meeting with no such word is no event;
- a visit or an arrival, then a meeting with a counterpart in a clause of its own (`抵达…，随即与…举行会谈`,
  `訪問…，並與…會面`, `visited … and met …`) are two acts, as the codebook counts a visit and talks held after it
  (`acts_apart_by_cameo`); an arrival (`抵达`, `抵達`) then a meeting with a counterpart is a visit's act, as
  `arrived in` is (a unit arriving in its mission area is not)."""

from __future__ import annotations

from pathlib import Path

from helpers import stated_events

_events = stated_events


def test_a_phrase_naming_the_dated_meeting_dates_the_act_after_it(tmp_path: Path) -> None:
    text = (
        "Argentina and Paraguay\n\nASUNCIÓN, 12 May 2023 — President Alberto Fernández arrived in Asunción on "
        "10 May. The next day he held a summit with the Paraguayan president at the palace. "
        "On the margins of the summit the two governments signed a memorandum on river navigation.\n"
    )
    events = _events(tmp_path, text)
    assert [d for d, _, s in events if s.startswith("On the margins")] == ["2023-05-11"]
    sidelines = text.replace("On the margins of the summit", "On the sidelines of the summit")
    assert [d for d, _, s in _events(tmp_path, sidelines) if s.startswith("On the sidelines")] == ["2023-05-11"]
    at = text.replace("On the margins of the summit", "At the summit in Asunción")
    assert [d for d, _, s in _events(tmp_path, at) if s.startswith("At the summit")] == ["2023-05-11"]
    # with no meeting told before, the phrase dates nothing: no event
    alone = "Argentina and Paraguay\n\nOn the margins of the summit the two governments signed a memorandum.\n"
    assert _events(tmp_path, alone) == []


def test_in_the_evening_after_a_dated_day_is_that_day(tmp_path: Path) -> None:
    text = (
        "Bolivia and Ecuador\n\nLA PAZ, 20 June 2024 — The Ecuadorian president reached La Paz on 18 June and "
        "held talks with President Luis Arce. In the evening the Bolivian president hosted a state banquet for "
        "his guest.\n"
    )
    events = _events(tmp_path, text)
    assert [d for d, _, s in events if s.startswith("In the evening")] == ["2024-06-18"]


def test_an_undated_sentence_going_on_about_the_meeting_is_no_event(tmp_path: Path) -> None:
    # the codebook's convention (`The leaders also agreed …` is not annotated): an agreement to cooperate told in a
    # sentence of its own with no word of time, after the dated talks, gives no event
    text = (
        "Argentina and Paraguay\n\nIn March 2021 the foreign ministers of Argentina and Paraguay held talks in "
        "Buenos Aires. The two ministers agreed to strengthen cooperation against river smuggling.\n"
    )
    assert [d for d, _, _ in _events(tmp_path, text)] == ["2021-03"]


def test_a_visit_or_arrival_then_a_meeting_with_a_counterpart_are_two_acts(tmp_path: Path) -> None:
    for text, month in (
        ("玻利维亚与厄瓜多尔\n\n2017年4月，玻利维亚总统抵达基多，随即与厄瓜多尔总统举行会谈。\n", "2017-04"),
        ("玻利維亞與厄瓜多\n\n2018年5月，厄瓜多總統訪問拉巴斯，並與玻利維亞總統會面。\n", "2018-05"),
        ("Bolivia and Ecuador\n\nIn July 2019 the Bolivian president visited Quito and met the Ecuadorian "
         "president.\n", "2019-07"),
    ):  # fmt: skip
        assert [d for d, _, _ in _events(tmp_path, text)] == [month, month], text
    # a meeting alone, and one meeting told with its place, stay one act
    for text in (
        "玻利維亞與厄瓜多\n\n2018年5月，兩國總統在拉巴斯會面。\n",
        "Bolivia and Ecuador\n\nIn July 2019 the two presidents met in Quito.\n",
    ):
        assert len(_events(tmp_path, text)) == 1, text


def test_a_unit_arriving_in_its_mission_area_is_no_visit(tmp_path: Path) -> None:
    # an arrival is a visit's act only when a meeting with a counterpart follows it: a unit reaching its mission area
    # and the dispatch told with it stay one act
    text = "玻利维亚与厄瓜多尔\n\n2015年3月，玻利维亚工兵分队抵达任务区，参加联合国维和行动。\n"
    assert len(_events(tmp_path, text)) == 1


def test_an_agreement_told_after_the_meetings_word_is_an_act_of_its_own(tmp_path: Path) -> None:
    # `举行会谈，同意…`, `舉行…會議，一致同意…`: the meeting and what the sides agreed at it, in a clause of its
    # own, are two acts (one event per act), as the codebook counts two predicates
    for text, month in (
        ("玻利维亚与厄瓜多尔\n\n2016年9月，两国外长在拉巴斯举行会谈，同意加强边境安全合作。\n", "2016-09"),
        ("玻利維亞與厄瓜多\n\n2017年10月，兩國在基多舉行國防部長會議，一致同意擴大聯合巡邏。\n", "2017-10"),
    ):
        assert sorted(t for d, t, _ in _events(tmp_path, text) if d == month) == ["AGREE", "CONSULT"], text
    # an agreement with no meeting's word before its comma stays the act it is
    alone = "玻利维亚与厄瓜多尔\n\n2016年9月，两国外长同意加强边境安全合作。\n"
    assert len(_events(tmp_path, alone)) == 1

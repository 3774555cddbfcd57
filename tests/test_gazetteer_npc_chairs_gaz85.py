"""China's NPC Standing Committee chairmen as a whole office (gaz85, issue 14: the gazetteer filled by classes; the
start's gap listing held Zhao Leji in four dev documents of four sessions, and Wu Bangguo and Li Zhanshu are named
in others): the office in the four scripts (`全国人大常委会委员长`, `全國人大常委會委員長`, `全人代常務委員長`) and
every holder since 1988 with the term — Wan Li, Qiao Shi, Li Peng (after his premiership), Wu Bangguo, Zhang Dejiang,
Li Zhanshu, Zhao Leji — each day held by one; the chairman named with or without the title is an actor for China.
Sources: the NPC's English pages of its chairmen, the encyclopedias' lists with the dates of each election. Wan Li's
name is also a word (`万里`, ten thousand li): it is held in English only, the title names him in Chinese."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers import events_in_case, office_holder_terms
from hypothesis import given
from hypothesis import strategies as st

from allyscope.entities import gazetteer, holders


def test_every_day_since_1988_has_one_chairman() -> None:
    terms = [
        (date.fromisoformat(a), date.fromisoformat(b), p) for a, b, p, _ in office_holder_terms("office:cn-npc-chair")
    ]
    day = date(1988, 4, 13)
    while day < date(2025, 12, 31):  # a running term ends with 2025 (`office_holder_terms`)
        held = {p for a, b, p in terms if a <= day < b}
        assert len(held) == 1, (day, held)
        day += timedelta(days=1)


@given(st.dates(min_value=date(1988, 4, 13), max_value=date(2025, 12, 31)))
def test_any_day_names_one_chairman(day: date) -> None:
    assert len(holders("office:cn-npc-chair", day.isoformat())) == 1


@pytest.mark.parametrize(
    ("day", "person"),
    [("1990-06-01", "person:wan-li"), ("1995-06-01", "person:qiao-shi"), ("2000-06-01", "person:li-peng"),
     ("2011-11-01", "person:wu-bangguo"), ("2015-06-01", "person:zhang-dejiang"), ("2019-06-01", "person:li-zhanshu"),
     ("2024-07-29", "person:zhao-leji")],
)  # fmt: skip
def test_the_chairman_of_a_day(day: str, person: str) -> None:
    assert holders("office:cn-npc-chair", day) == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [("全国人大常委会委员长", "office:cn-npc-chair"), ("全國人大常委會委員長", "office:cn-npc-chair"),
     ("全人代常務委員長", "office:cn-npc-chair"), ("吴邦国", "person:wu-bangguo"), ("張德江", "person:zhang-dejiang"),
     ("栗戦書", "person:li-zhanshu"), ("趙樂際", "person:zhao-leji"), ("喬石", "person:qiao-shi")],
)  # fmt: skip
def test_the_office_and_the_names_in_each_script(text: str, person: str) -> None:
    assert [m.ids for m in gazetteer().match(text)] == [(person,)]


def test_a_word_that_is_a_chairmans_name_is_no_chairman() -> None:
    assert not any("person:wan-li" in m.ids for m in gazetteer().match("他们沿着万里长城走了一天。"))


def test_the_chairman_meeting_a_visitor_is_an_actor_for_china() -> None:
    text = "中国与智利\n\n2019年4月26日\n\n2019年4月25日，全国人大常委会委员长栗战书在人民大会堂会见智利总统皮涅拉。\n"
    found = [set(e.actors) | set(e.involved) for e in events_in_case(text, "CN", "CL")]
    assert any({"person:li-zhanshu", "CN", "CL"} <= ids for ids in found), found


def test_the_title_alone_is_the_chairman_of_the_day() -> None:
    text = "中国与智利\n\n2011年11月10日\n\n2011年11月9日，全国人大常委会委员长在北京会见了智利参议长。\n"
    found = [set(e.actors) | set(e.involved) for e in events_in_case(text, "CN", "CL")]
    assert any("person:wu-bangguo" in ids for ids in found), found

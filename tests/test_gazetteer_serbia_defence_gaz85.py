"""Serbia's defence ministers as a whole office (gaz85, issue 14: the gazetteer filled by classes): every holder of
the office from 11 February 1991 to the Yugoslav ministry's return in November 1993 and from its restoration on 4
June 2006 (the State Union dissolved) to the term the data held before (April 2025), with their terms — Jokić,
Simović, Negovanović, Stanković, Šutanovac, Vučić (2012–2013, before his premiership), Rodić, Gašić (2014–2016,
as before 2024–2025), Vujović acting, Đorđević — each day held by one minister; the two names Xinhua and the
People's Daily write (`舒塔诺瓦茨`, `加希奇`) name them. Sources: the Serbian ministry's and the encyclopedias' lists of
ministers, Telegraf and Senica of 2–3 March 2016, Xinhua of September 2009, the People's Daily of 22 November 2014."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers import events_in_case, office_holder_terms
from hypothesis import given
from hypothesis import strategies as st

from allyscope.entities import holders

PERIODS = [(date(1991, 2, 11), date(1993, 11, 5)), (date(2006, 6, 4), date(2025, 4, 15))]


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@pytest.mark.parametrize(("first", "last"), PERIODS)
def test_every_day_of_the_periods_has_one_minister(first: date, last: date) -> None:
    terms = [(date.fromisoformat(a), date.fromisoformat(b), p) for a, b, p, _ in office_holder_terms("office:rs-dm")]
    for day in _days(first, last):
        held = {p for a, b, p in terms if a <= day < b}
        assert len(held) == 1, (day, held)


@given(st.dates(min_value=date(2006, 6, 4), max_value=date(2025, 4, 15)))
def test_any_day_since_2006_names_one_holder(day: date) -> None:
    assert len(holders("office:rs-dm", day.isoformat())) == 1


@pytest.mark.parametrize(
    ("day", "person"),
    [("2009-09-07", "person:dragan-sutanovac"), ("2013-03-01", "person:vucic"), ("2014-01-15", "person:nebojsa-rodic"),
     ("2014-11-21", "person:bratislav-gasic"), ("2016-10-10", "person:zoran-djordjevic"),
     ("1992-06-01", "person:marko-negovanovic"), ("2006-09-01", "person:zoran-stankovic")],
)  # fmt: skip
def test_the_minister_of_a_day(day: str, person: str) -> None:
    assert holders("office:rs-dm", day) == [person]


def test_a_minister_named_in_chinese_is_an_actor_with_his_state() -> None:
    text = (
        "中塞两军关系\n\n2009年9月8日\n\n2009年9月7日，中国国防部长梁光烈在贝尔格莱德同塞尔维亚国防部长"
        "舒塔诺瓦茨举行会谈。\n"
    )
    found = [set(e.actors) | set(e.involved) for e in events_in_case(text, "CN", "RS")]
    assert any({"person:dragan-sutanovac", "RS"} <= ids for ids in found), found


def test_the_title_of_a_day_with_no_name_is_that_days_minister() -> None:
    text = "Serbia and China\n\n3 March 2013\n\nOn 2 March 2013 Serbia's defence minister met the Chinese ambassador.\n"
    found = [set(e.actors) | set(e.involved) for e in events_in_case(text, "CN", "RS")]
    assert any("person:vucic" in ids for ids in found), found

"""span82: an occasion phrase (`訪問期間`, `峰會期間`, `访问期间`, `during the visit`) told after the occasion's
span of days and after days of it (the arrival, a banquet `當晚`, talks `並於11日`) is the whole span, not the day
told last (`allyscope/dates/occasions.py` `_span_holding`). Traps: a day told after a span of another month, an
open start, a span that does not name the occasion, a month told as the occasion. Sentences written for these
tests (Chile–Peru, Uruguay–Argentina), not dev text."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.dates import mark_dates

_PHRASES = ("期间", "期間", "visit", "summit", "滞在中")


def _occasion_dates(text: str) -> list[str]:
    doc = mark_dates(parse_text("智利与秘鲁\n\n" + text + "\n"))
    return [m.edtf for m in doc.dates if m.text.lower().endswith(_PHRASES)]


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        (
            "一、秘魯總統於2019年5月6日至9日對智利進行國是訪問。秘魯總統一行於5月6日下午抵達聖地牙哥，"
            "智利總統親赴機場迎接，並於當晚設國宴款待訪問團。\n\n二、訪問期間，兩國元首舉行會談。",
            "2019-05-06/2019-05-09",
        ),
        (
            "2024年11月14日至16日，亞太經合組織峰會在利馬舉行，智利總統與會，並於15日與秘魯總統會談。"
            "兩國元首於峰會期間簽署漁業協定。",
            "2024-11-14/2024-11-16",
        ),
        (
            "乌拉圭总统于2022年3月1日至4日访问阿根廷，2日抵达布宜诺斯艾利斯后即出席欢迎仪式。访问期间，两国签署了能源协定。",
            "2022-03-01/2022-03-04",
        ),
    ],
)
def test_an_occasion_phrase_after_days_of_the_span_takes_the_whole_span(text: str, edtf: str) -> None:
    assert _occasion_dates(text) == [edtf]


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        # trap: the day told last is the occasion's own, and no span holds it
        ("两国防长2021年3月8日在利马举行会谈。会谈期间，双方商定设立工作组。", "2021-03-08"),
        # trap: the span before the day is another occasion's (an exercise), not the visit's
        (
            "2019年5月6日至9日，两国海军在瓦尔帕莱索举行联合演习。5月7日，秘鲁总统抵达圣地亚哥进行访问。"
            "访问期间，两国元首举行会谈。",
            "2019-05-07",
        ),
    ],
)
def test_traps_with_no_span_of_days_before_the_day(text: str, edtf: str) -> None:
    assert _occasion_dates(text) == [edtf]


@settings(max_examples=25, deadline=None)
@given(first=st.integers(min_value=1, max_value=20), length=st.integers(min_value=1, max_value=7))
def test_any_visit_span_with_its_arrival_day_is_read_whole(first: int, length: int) -> None:
    start = datetime.date(2023, 6, first)
    end = start + datetime.timedelta(days=length)
    text = (
        f"秘鲁总统于2023年6月{start.day}日至{end.day}日对智利进行国事访问。"
        f"秘鲁总统一行于6月{start.day}日抵达圣地亚哥，开始访问。访问期间，两国元首举行会谈。"
    )
    assert _occasion_dates(text) == [f"{start.isoformat()}/{end.isoformat()}"]

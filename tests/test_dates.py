"""Dates in zh/ja/en prose → EDTF with precision and exact spans (issue 4's first piece)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import find_dates, rules

CASES = [
    ("2023 年 7 月，日本首相出席峰会。", [("2023 年 7 月", "2023-07", "month")]),
    ("2023年7月12日，双方签署文件。", [("2023年7月12日", "2023-07-12", "day")]),
    ("The summit opened on July 12, 2023 in Vilnius.", [("July 12, 2023", "2023-07-12", "day")]),
    ("Signed 12 Jul. 2023.", [("12 Jul. 2023", "2023-07-12", "day")]),
    ("令和5年7月に署名。", [("令和5年7月", "2023-07", "month")]),
    ("平成26年の計画", [("平成26年", "2014", "year")]),
    ("民國112年", [("民國112年", "2023", "year")]),
    ("2022 年 4 月和 6 月，外相与首相先后参会。", [("2022 年 4 月", "2022-04", "month"), ("6 月", "2022-06", "month")]),
    ("2018 年、2020 年双方修订计划。", [("2018 年", "2018", "year"), ("2020 年", "2020", "year")]),
    (
        "2019 年 3 月起参加活动。同年 10 月建立机制。次年扩大。",
        [("2019 年 3 月起", "2019-03/..", "month"), ("同年 10 月", "2019-10", "month"), ("次年", "2020", "year")],
    ),
    ("计划期为 2023—2026。", [("2023—2026", "2023/2026", "range")]),
    ("Cooperation has grown since 2014.", [("since 2014", "2014/..", "year")]),
    ("始于 20 世纪 80 年代的讨论", [("20 世纪 80 年代", "198X", "decade")]),
    ("二十世纪八九十年代", [("二十世纪八九十年代", "198X", "decade"), ("二十世纪八九十年代", "199X", "decade")]),
    ("in the early 1990s", [("the early 1990s", "199X", "decade")]),
    ("进入 21 世纪以来", [("21 世纪", "20XX", "century")]),
    ("日本 2023 财年的计划", [("2023 财年", "2023", "year")]),
    ("2014年签署。其后合作扩大。", [("2014年", "2014", "year"), ("其后", "2014/..", "range")]),
    (
        "In 2014 they signed. The following year they met.",
        [("2014", "2014", "year"), ("The following year", "2015", "year")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:16] for c in CASES])
def test_date_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [d for d in find_dates(text) if not d.document]
    assert [(d.text, d.edtf, d.precision) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.text


def test_document_years_are_not_event_dates() -> None:
    for text in ("2022 年版北约《战略概念》", "《国家安全保障战略 2022》", "《个别针对性伙伴关系计划：2023—2026》"):
        assert all(d.document for d in find_dates(text)), text


def test_relative_without_context_is_left_out() -> None:
    assert find_dates("同年 10 月，双方会谈。") == []
    assert [d.edtf for d in find_dates("同年 10 月，双方会谈。", reference_year=2019)] == ["2019-10"]


def test_rules_file_integrity() -> None:
    data: dict[str, Any] = rules()
    assert data["version"] == 1
    assert sorted(set(data["months_en"].values())) == list(range(1, 13))
    assert data["eras"]["令和"] + 1 == 2019 and data["eras"]["平成"] + 1 == 1989
    for key in ("same_year", "next_year", "previous_year", "thereafter", "open_start_suffix", "fiscal_markers"):
        assert data[key] and all(isinstance(w, str) and w for w in data[key]), key
    assert json.dumps(data, ensure_ascii=False)


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(0, 5))
def test_any_date_in_any_form_round_trips(day: dt.date, form: int) -> None:
    iso = day.isoformat()
    if form == 0:
        text = f"双方于 {day.year} 年 {day.month} 月 {day.day} 日签署协议。"
    elif form == 1:
        text = f"双方于{day.year}年{day.month}月{day.day}日签署协议。"
    elif form == 2:
        text = f"They signed on {MONTHS[day.month - 1]} {day.day}, {day.year}, in Brussels."
    elif form == 3:
        text = f"Signed {day.day} {MONTHS[day.month - 1][:3]}. {day.year} at NATO."
    elif form == 4:
        era, base = ("令和", 2018) if day >= dt.date(2019, 5, 1) else ("平成", 1988)
        text = f"{era}{day.year - base}年{day.month}月{day.day}日に署名した。"
    else:
        text = f"{day.year} 年 {day.month} 月，双方会谈。{day.day} 日，发表声明。"
        iso = f"{day.year:04d}-{day.month:02d}"
    found = find_dates(text)
    assert found and found[0].edtf == iso
    assert text[found[0].start : found[0].end] == found[0].text


def test_a_year_joined_by_de_to_a_document_noun_names_that_document() -> None:
    """`2001年的条约` is the 2001 treaty, no date of an act; a year before 的 and any other noun still dates."""
    assert all(d.document for d in find_dates("2005年的条约延续了这一方向。"))
    assert not any(d.document for d in find_dates("2005年的峰会上，两国发表声明。"))


def test_a_cjk_decade_spanned_by_its_words_is_a_period() -> None:
    for text in ("1980年代を通じて、両国の部隊は協力してきた。", "整个80年代，两国军队保持交流。"):
        assert [d.dates_event for d in find_dates(text)] == [False], text
    assert [d.dates_event for d in find_dates("1980年代に両国は協定に署名した。")] == [True]


def test_a_decade_reached_back_to_or_naming_a_time_is_a_period() -> None:
    """prec72: `早在…年代就已` (as early as a decade, already), a decade joined by の to a noun
    (`1980年代の経済協力`), and an English decade after `after` or `from` (`cooled after the 1970s`, `from the 1960s
    until …`) tell a span of time, no act dated then; a decade that opens its clause or follows `in`/`during` still
    dates what the clause tells, and so does one after `始于` (`接触始于20世纪80年代有关…的讨论`: the reference
    article's first contacts, an event of its gold)."""
    for text in (
        "两军早在20世纪60年代就已开展交流。",
        "兩國早在1980年代就已合作打擊走私。",
        "1980年代の経済協力が両国関係の土台となった。",
        "Contacts between the two navies cooled after the 1970s.",
        "Talks were held from the 1960s until the end of the Cold War.",
    ):
        assert [d.dates_event for d in find_dates(text)] == [False], text
    for text in (
        "1980年代，两国签署了渔业协定。",
        "In the 1970s the two navies held a first drill.",
        "两国接触始于20世纪70年代有关渔业的谈判。",
    ):
        assert [d.dates_event for d in find_dates(text)] == [True], text


def test_this_morning_is_the_documents_date() -> None:
    from allyscope.dates import Anchor

    found = find_dates("The minister arrived in Lima this morning.", document_date=Anchor(2021, 5, 4))
    assert [d.edtf for d in found] == ["2021-05-04"]
    found = find_dates("大臣は今朝リマに到着した。", document_date=Anchor(2021, 5, 4))
    assert [d.edtf for d in found] == ["2021-05-04"]


def test_after_the_talks_is_the_day_of_the_talks() -> None:
    """`会谈后`, `署名後`, `After the talks`: the act comes on the day of the occasion the text dated before."""
    text = "2021年5月4日，智利总统与秘鲁总统举行会谈。会谈后，两国签署协定。"
    assert [d.edtf for d in find_dates(text)] == ["2021-05-04", "2021-05-04"]
    text = "The presidents met on 4 May 2021. After the talks they signed an accord."
    assert [d.edtf for d in find_dates(text)] == ["2021-05-04", "2021-05-04"]
    text = "2021年5月4日，两国防长举行会议。会后，双方发表联合声明。"  # `会后`: after the meeting
    assert [d.edtf for d in find_dates(text)] == ["2021-05-04", "2021-05-04"]


def test_years_later_count_from_the_date_before() -> None:
    """`two years later`, `两年后`, `3年後` count years from the date before them; `2010年后` is a year."""
    assert [d.edtf for d in find_dates("They met in 2016, and again two years later.")] == ["2016", "2018"]
    assert [d.edtf for d in find_dates("2016年，双方签署协定，两年后又签署议定书。")] == ["2016", "2018"]
    assert [d.edtf for d in find_dates("2010年后两国关系改善。")] == ["2010"]

"""A wire story's own dateline without a year (`OSLO, June 9 (NTB) -`, `【首尔6月9日电】`) dates the story when the
page's date line, a few days later, gives the year: `yesterday` and weekdays count from the story's day. Pages
written for these tests."""

from __future__ import annotations

import allyscope


def _event_dates(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.date_text) for e in allyscope.extract(text).events]


def test_a_yearless_wire_dateline_dates_the_story() -> None:
    page = (
        "Norway and Poland agree to widen air defence cooperation\n\nJune 12, 2023\n\n"
        "OSLO, June 9 (NTB) - Norway and Poland signed a letter of intent on air defence yesterday, officials said.\n"
    )
    assert ("2023-06-08", "yesterday") in _event_dates(page)


def test_a_bracketed_chinese_dateline_dates_the_story() -> None:
    page = "韩澳举行防长会谈\n\n2023年6月12日 09:30\n\n【首尔6月9日电】韩国和澳大利亚国防部长昨天在首尔举行会谈。\n"
    assert ("2023-06-08", "昨天") in _event_dates(page)


def test_a_dateline_far_before_the_page_does_not_move_its_date() -> None:
    page = (
        "Norway and Poland agree to widen air defence cooperation\n\nJune 12, 2023\n\n"
        "OSLO, May 2 (NTB) - Norway and Poland signed a letter of intent on air defence yesterday, officials said.\n"
    )
    assert ("2023-06-11", "yesterday") in _event_dates(page)

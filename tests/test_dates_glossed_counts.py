"""Dates told twice or framed: a count of time from the date before followed by the date it comes to (`A year
later, on 11 April 2024`), a range of days joined by a wave dash (`27日〜29日`), a year inside a document's name
whose first word opens with an accented capital (`the 1963 Élysée Treaty`) and a date line in brackets under a
title (`（2005年6月2日，北京）`). Sentences written for these tests, in other words than the corpus documents."""

from __future__ import annotations

from allyscope import extract
from allyscope.dates import Anchor, find_dates

_DOC = Anchor(2022, 9, 30)


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in find_dates(text, document_date=_DOC) if m.dates_event]


def test_a_count_of_time_glossed_by_its_date_is_one_date() -> None:
    found = _read(
        "The navies first drilled together on 4 March 2016. Three years later, on 5 June 2019, they met again."
    )
    assert found == [("4 March 2016", "2016-03-04"), ("5 June 2019", "2019-06-05")]
    found = _read("The envoys met on 2 May 2018. Two days later, on 4 May, the accord was signed.")
    assert [edtf for _, edtf in found] == ["2018-05-02", "2018-05-04"]
    found = _read("2015年3月，两国举行首次会谈。两年后，2017年9月，双方签署了协定。")
    assert [edtf for _, edtf in found] == ["2015-03", "2017-09"]


def test_a_count_of_time_alone_still_dates_its_act() -> None:
    found = _read("The navies first drilled together in 2016. Three years later they signed a logistics pact.")
    assert [edtf for _, edtf in found] == ["2016", "2019"]
    # a date after a comma that is no gloss of the count: the count stays (`…later, and …`)
    found = _read("They met in 2010. Two years later the pact lapsed, and in March 2015 it was renewed.")
    assert [edtf for _, edtf in found] == ["2010", "2012", "2015-03"]


def test_a_range_of_days_joined_by_a_wave_dash() -> None:
    found = _read("2019年3月4日〜6日 – 両国の海軍が共同訓練を実施した。")
    # read as one range, as `～` (the full-width tilde) is: the mention spans both days
    assert found[0] == ("2019年3月4日〜6日", "2019-03-04/2019-03-06")
    assert len(found) == 1
    found = _read("両国は2021年10月18日〜21日に東京で協議を行った。")
    assert found[0][1] == "2021-10-18/2021-10-21" and len(found) == 1


def test_a_year_in_a_name_opening_with_an_accented_capital_is_no_event() -> None:
    assert _read("Ministers recalled the 1994 Évian Agreement on fisheries.") == []
    assert _read("The ministers met in Évian in 1994.") == [("1994", "1994")]


def test_a_bracketed_date_line_under_a_title_dates_no_event() -> None:
    doc = extract("关于两国边界的联合公报\n\n（2019年5月20日，北京）\n\n一、2019年5月20日，两国外长在北京举行会谈。\n")
    assert [e.date for e in doc.events] == ["2019-05-20"]
    assert "会谈" in doc.events[0].evidence.text
    doc = extract(
        "Joint Communiqué\n\n(Canberra, 3 March 2021)\n\nThe two ministers met in Canberra on 3 March 2021.\n"
    )
    assert len(doc.events) == 1 and "ministers met" in doc.events[0].evidence.text
    # a date in brackets inside a sentence stays a date of what the sentence tells
    doc = extract("边界问题\n\n双方（2019年5月20日，北京）签署了边界协定。\n")
    assert [e.date for e in doc.events] == ["2019-05-20"]

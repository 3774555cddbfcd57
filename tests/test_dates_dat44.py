"""Dates of dev's recurring wrong-year classes (dat44), in sentences written for these tests (Chile–Argentina,
Norway–Finland, Peru–Ecuador, Kenya–Uganda), not the documents that showed them: a term's start told in an aside
about the story's actor (`, who took office in March,`, `, sworn in on 10 May,`, `since Boric took office in
March`) is the latest such date on or before the document's date, not a date of the year told last; and a yearless
day opening a paragraph in the month of the story a paragraph before told continues that story, in its year."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates
from allyscope.dates.reading import read_dates
from allyscope.dates.terms import term_start

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


def _found(text: str, document: Anchor) -> list[tuple[str, str]]:
    return [(d.text, d.edtf) for d in find_dates(text, document_date=document) if not d.document]


def test_a_term_start_in_a_relative_clause_is_of_the_year_before_the_document_when_later_in_the_year() -> None:
    text = "Chile's foreign minister, who took office in March, met her Argentine counterpart."
    assert ("March", "2024-03") in _found(text, Anchor(2025, 1, 15))


def test_a_term_start_after_a_comma_ignores_an_earlier_year_told_before_it() -> None:
    text = "Quito recalled its envoy in June 2020. Noboa, sworn in on 23 November, promised a new start with Lima."
    assert ("23 November", "2023-11-23") in _found(text, Anchor(2024, 2, 2))


def test_since_a_named_minister_took_office() -> None:
    text = "It was their third meeting since Store took office in October."
    assert ("October", "2021-10") in _found(text, Anchor(2022, 3, 1))


def test_a_term_start_told_as_the_story_s_own_act_keeps_the_date_told_last() -> None:
    # no aside: `On 3 May the new president took office` is the story's act, in the year told before it
    text = "The election was held in April 2018. On 3 May the new president took office."
    assert ("3 May", "2018-05-03") in _found(text, Anchor(2024, 2, 2))


@settings(max_examples=60, deadline=None)
@given(st.dates(datetime.date(2000, 1, 1), datetime.date(2030, 12, 28)), st.integers(1, 12))
def test_any_term_start_aside_is_on_or_before_the_document_s_date(today: datetime.date, month: int) -> None:
    text = f"In 1998 the two states signed a treaty. The minister, who took office in {_MONTHS[month - 1]}, spoke."
    document = Anchor(today.year, today.month, today.day)
    value = dict(_found(text, document))[_MONTHS[month - 1]]
    assert value <= f"{today.year:04d}-{today.month:02d}"
    assert value > f"{today.year - 1:04d}-{today.month:02d}"  # and within the year before it


def test_term_start_needs_a_document_date_and_a_yearless_date() -> None:
    text = "Ruto, who took office in September, visited Kampala."
    at = text.index("September")
    assert term_start(text, at, "2022-09", "explicit", Anchor(2024, 1, 1)) is None
    assert term_start(text, at, "2023-09", "document-date", None) is None
    assert term_start(text, at, "2024-09", "document-date", Anchor(2024, 1, 1)) == "2023-09"


def _paragraphs(paragraphs: list[str], document: Anchor) -> list[tuple[str, str]]:
    """The dates of paragraphs read one after another, as `mark_dates` reads a document's blocks."""
    found: list[tuple[str, str]] = []
    last, last_edtf = None, None
    for text in paragraphs:
        reading = read_dates(text, None, document, last, last_edtf)
        found += [(m.text, m.edtf) for m in reading.mentions]
        last, last_edtf = reading.last, reading.last_edtf
    return found


def test_a_new_paragraph_in_the_month_of_the_story_before_continues_it() -> None:
    paragraphs = [
        "On 2 February 2019 Norway and Finland opened talks on a joint air policing plan. The next day the chiefs met.",
        "The talks were brief. The plan was signed on 14 February.",
    ]
    assert ("14 February.", "2019-02-14") in _paragraphs(paragraphs, Anchor(2024, 6, 1))


def test_a_new_paragraph_in_another_month_takes_the_document_s_year() -> None:
    paragraphs = ["On 2 February 2019 Norway and Finland opened talks.", "The plan was signed on 14 March."]
    assert ("14 March.", "2024-03-14") in _paragraphs(paragraphs, Anchor(2024, 6, 1))


def test_a_chinese_paragraph_in_the_month_of_the_story_before_continues_it() -> None:
    paragraphs = [
        "2020年8月3日，肯尼亚与乌干达举行边境会谈。次日，双方巡视口岸。",
        "会谈取得进展。8月20日，双方签署议定书。",
    ]
    assert ("8月20日", "2020-08-20") in _paragraphs(paragraphs, Anchor(2024, 6, 1))


def test_a_range_across_months_closed_by_a_year_told_from_the_document_is_one_range() -> None:
    text = "Chilean and Argentine ships held a joint patrol from 28 November to 2 December last year."
    assert ("28 November", "2023-11-28/2023-12-02") in _found(text, Anchor(2024, 5, 1))
    text = "The Finnish and Norwegian brigades trained together from December 30 to January 4 this year."
    assert ("December 30", "2023-12-30/2024-01-04") in _found(text, Anchor(2024, 5, 1))


def test_a_fiscal_year_of_the_republic_of_china_written_without_its_era() -> None:
    text = "外交部於111年度協助秘魯建置地震預警系統；國防部擬在116年度預算中增列經費。"
    found = [(d.text, d.edtf, d.document) for d in find_dates(text, document_date=Anchor(2024, 5, 1))]
    assert ("111年度", "2022", False) in found
    assert ("116年度", "2027", True) in found  # a year naming a budget names a document
    assert find_dates("共有2112年度的資料。", document_date=Anchor(2024, 5, 1)) == []


def test_a_count_of_days_after_closing_a_sentence_is_no_date_and_the_same_day_stays_on_the_act() -> None:
    # the count tells when the other act came (the floods), four days before Monday's act
    text = (
        "Uganda on Monday closed the crossing, four days after the floods cut the road to Kenya. "
        "Nairobi said the same day that it would send engineers."
    )
    found = _found(text, Anchor(2021, 6, 29))
    assert ("the same day", "2021-06-28") in found
    assert all("after" not in words for words, _ in found)
    # opening its sentence it dates the act it opens
    assert ("Two days after", "2021-06-30") in _found(
        "Uganda closed the crossing on Monday. Two days after, Kenya sent engineers.", Anchor(2021, 6, 29)
    )

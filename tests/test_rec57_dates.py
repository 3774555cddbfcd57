"""Dates a careful reader anchors where the reader before rec57 did not (issue 14, twenty-eighth session): a month
`of` a counted year, a relative year that is only the base of a comparison, and a briefing's day printed in
brackets after its title. Sentences written for these tests, in other words than the documents that showed them."""

from __future__ import annotations

from allyscope.dates import read_dates
from allyscope.layout.dating import document_date


def _dates(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in read_dates(text)[0]]


def test_a_month_of_a_counted_year_is_of_that_year() -> None:
    """`in October of the following year` counts the year from the date before it, as `in October the following
    year` does; `of that year` is the year told last."""
    found = _dates("The treaty was signed on 4 June 1996, and it entered into force in October of the following year.")
    assert ("October of the following year", "1997-10") in found
    found = _dates("Talks opened on 2 February 2011. A second round followed on 9 May of that year.")
    assert ("9 May of that year", "2011-05-09") in found


def test_a_year_that_a_figure_exceeds_anchors_nothing() -> None:
    """`前年を上回った`, `高于上年`: the year before is the base a figure is compared with, not the time the story has
    reached; `同年` after it is the year of the figure (told before the base)."""
    found = _dates("2020年の輸出額は前年を上回った。同年7月、両国は協定に署名した。")
    assert ("同年7月", "2020-07") in found
    found = _dates("2015年两国贸易额高于上年。同年9月，两国外长举行会谈。")
    assert ("同年9月", "2015-09") in found


def test_a_day_in_the_bracket_closing_a_title_dates_the_document() -> None:
    """A briefing or release printing its day in brackets after its title is dated by it; a month or a year in such
    a bracket, or a bracket with words beside the day, is no date of the document."""
    assert document_date(["Press Briefing by the Deputy Spokesperson (March 05, 2024)", "Q: …"], []) == (
        "2024-03-05",
        "dateline",
    )
    assert document_date(["国防部例行记者会（2023年6月29日）", "问：…"], [])[0] == "2023-06-29"
    assert document_date(["The alliance at seventy (May 2023)", "By a writer"], []) is None
    assert document_date(["Notes on the summit (Reuters, 12 May 2023)", "By a writer"], []) is None

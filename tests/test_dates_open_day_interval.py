"""An interval that opens on a day (`自…起`, `…から`, EDTF `2025-04-01/..`) in a sentence that also names an act a later
paragraph may refer back to (`会议`, `会議`) is no day of that act: reading such a document never fails (it once
raised a ValueError in the dates stage) and the interval stays an open interval. Sentences written for this test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.dates.stage import mark_dates
from allyscope.events import extract_events

OPENINGS = [
    "自{y}年{m}月{d}日起，两国国防部每季度举行一次工作会议。",
    "自{y}年{m}月{d}日起，兩國外交部每半年舉行一次會議。",
    "{y}年{m}月{d}日から、両国の防衛当局は定期的に会議を開いている。",
]
LATER = ["会议后，双方发表了新闻公报。", "會議後，雙方發表了聯合新聞稿。", "会議の後、両国は共同声明を発表した。"]


@pytest.mark.parametrize(("opening", "later"), list(zip(OPENINGS, LATER, strict=True)))
def test_an_open_interval_from_a_day_beside_an_act_reads(opening: str, later: str) -> None:
    text = "Notes\n\n" + opening.format(y=2021, m=4, d=1) + "\n\n" + later + "\n"
    doc = parse_text(text)
    extract_events(doc, "t")  # no exception
    assert any(m.edtf == "2021-04-01/.." for m in mark_dates(doc).dates)


@settings(max_examples=25, deadline=None)
@given(
    which=st.integers(0, len(OPENINGS) - 1),
    year=st.integers(1995, 2025),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
)
def test_any_such_day_reads(which: int, year: int, month: int, day: int) -> None:
    text = "Notes\n\n" + OPENINGS[which].format(y=year, m=month, d=day) + "\n\n" + LATER[which] + "\n"
    extract_events(parse_text(text), "t")

"""Two days of one month joined by a word (issue 14): a word of a range (`至`, `to`, a dash, `and` after
`between`, `…之间`) makes them an interval; a word of a list (`and`, `和`, `と`, `及び`, `、`) makes them two days,
each a date of its own, unless they are next to each other (`May 16 and 17`), where the pair and the interval name
the same days and the interval is kept, as the events README writes coordinated days. Dates are generated with
their value known by construction (hypothesis); the sentences around them are written for these tests."""

from __future__ import annotations

import calendar
import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates

_MONTHS = list(calendar.month_name)[1:]


def _dated(text: str, document_date: Anchor | None) -> list[str]:
    return [m.edtf for m in find_dates(text, document_date=document_date) if m.dates_event]


def _pair(day: datetime.date, gap: int) -> datetime.date | None:
    """The later day `gap` days after `day`, when it falls in the same month."""
    later = day + datetime.timedelta(days=gap)
    return later if later.month == day.month else None


def _expected(day: datetime.date, later: datetime.date, ranged: bool) -> list[str]:
    if ranged or (later - day).days == 1:
        return [f"{day.isoformat()}/{later.isoformat()}"]
    return [day.isoformat(), later.isoformat()]


_days = st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2030, 12, 30))


@settings(deadline=None)
@given(
    day=_days,
    gap=st.integers(min_value=1, max_value=12),
    month_first=st.booleans(),
    with_year=st.booleans(),
    between=st.booleans(),
)
def test_english_days_joined_by_and(
    day: datetime.date, gap: int, month_first: bool, with_year: bool, between: bool
) -> None:
    later = _pair(day, gap)
    if later is None:
        return
    month = _MONTHS[day.month - 1]
    if month_first:
        told = f"{month} {day.day} and {later.day}" + (f", {day.year}" if with_year else "")
    else:
        told = f"{day.day} and {later.day} {month}" + (f" {day.year}" if with_year else "")
    lead = "The two navies exercised together between" if between else "The envoys held talks on"
    text = f"{lead} {told}, officials said."
    document_date = Anchor(day.year, day.month, later.day)
    assert _dated(text, document_date) == _expected(day, later, between)


@settings(deadline=None)
@given(
    day=_days,
    gap=st.integers(min_value=1, max_value=12),
    joiner=st.sampled_from(["和", "与", "與", "及", "と", "及び", "および", "、"]),
    with_year=st.booleans(),
)
def test_chinese_and_japanese_days_joined_by_a_word_of_a_list(
    day: datetime.date, gap: int, joiner: str, with_year: bool
) -> None:
    later = _pair(day, gap)
    if later is None:
        return
    year = f"{day.year}年" if with_year else ""
    # `、` lists numbers without the first day's sign (`7月11、15日`); the words of `and` follow a full day
    first = f"{day.day}" if joiner == "、" else f"{day.day}日"
    text = f"{year}{day.month}月{first}{joiner}{later.day}日，两国外长举行了会谈。"
    assert _dated(text, Anchor(day.year, day.month, later.day)) == _expected(day, later, ranged=False)


@settings(deadline=None)
@given(day=_days, gap=st.integers(min_value=1, max_value=12), separator=st.sampled_from(["至", "到", "～", "〜"]))
def test_days_joined_by_a_word_of_a_range_stay_an_interval(day: datetime.date, gap: int, separator: str) -> None:
    later = _pair(day, gap)
    if later is None:
        return
    text = f"{day.year}年{day.month}月{day.day}日{separator}{later.day}日，两国海军举行联合演习。"
    assert _dated(text, None) == _expected(day, later, ranged=True)


def test_words_around_a_pair_that_make_it_an_interval() -> None:
    doc = Anchor(2021, 10, 30)
    assert _dated("The drills took place between October 4 and 9 near the strait.", doc) == ["2021-10-04/2021-10-09"]
    assert _dated("两国空军在9月4日和9日之间进行了三次联合巡航。", doc) == ["2021-09-04/2021-09-09"]
    # a list: the ministers met twice
    assert _dated("The ministers spoke by phone on October 4 and 9.", doc) == ["2021-10-04", "2021-10-09"]
    assert _dated("両外相は10月4日と9日に電話で会談した。", doc) == ["2021-10-04", "2021-10-09"]


def test_a_number_after_and_that_counts_something_is_no_second_day() -> None:
    doc = Anchor(2021, 10, 30)
    assert _dated("On October 4 and 12 warships later, the patrol ended.", doc) == ["2021-10-04"]

"""Ranges whose two ends are written as two dates (issue 14): days across a month (`3月28日至4月2日`, `from 22 April
to 10 May`), months (`1月至6月`, `between March and May`), and an opening without a year before a closing that
states one (`between January and June 2024`), on sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates

_DOC = Anchor(2022, 9, 30)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


def _dated(text: str, document_date: Anchor | None = _DOC) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in find_dates(text, document_date=document_date) if m.dates_event]


def test_days_across_a_month_are_one_range_in_each_language() -> None:
    assert _dated("代表团于3月28日至4月2日访问河内。") == [("3月28日至4月2日", "2022-03-28/2022-04-02")]
    assert _dated("使節団は4月28日から5月2日までハノイを訪れた。")[0][1] == "2022-04-28/2022-05-02"
    assert _dated("The drill ran from 28 March to 2 April off Darwin.")[0][1] == "2022-03-28/2022-04-02"
    assert _dated("The drill ran from August 29 until September 9 off Darwin.")[0][1] == "2022-08-29/2022-09-09"
    assert _dated("Patrols were flown between 3 June and 19 July.")[0][1] == "2022-06-03/2022-07-19"


def test_two_days_joined_by_and_without_between_stay_two_days() -> None:
    assert [e for _, e in _dated("The envoys met on 3 May and 5 June.")] == ["2022-05-03", "2022-06-05"]


def test_months_joined_as_ends_are_one_range() -> None:
    assert _dated("1月至6月，两国海军举行了四次联合巡航。")[0][1] == "2022-01/2022-06"
    assert _dated("1月から6月まで、両国は四回の共同訓練を行った。")[0][1] == "2022-01/2022-06"
    assert _dated("Between March and May the frigates escorted convoys.") == [("March and May", "2022-03/2022-05")]
    assert _dated("From March to May the frigates escorted convoys.")[0][1] == "2022-03/2022-05"


def test_an_opening_without_a_year_takes_the_closings_year() -> None:
    # the document is of 2022, the words state 2019: the range is of 2019
    assert _dated("Between January and June 2019 the ministers met four times.")[0][1] == "2019-01/2019-06"
    assert _dated("The exercise ran from 22 April to 10 May 2019.")[0][1] == "2019-04-22/2019-05-10"
    assert _dated("The exercise ran from December to March 2019.")[0][1] == "2018-12/2019-03"
    assert _dated("2019年1月至6月，双方举行四次会谈。")[0][1] == "2019-01/2019-06"


@given(st.integers(1, 12), st.integers(1, 11), st.integers(1995, 2030))
def test_a_month_range_with_its_year_never_ends_before_it_starts(first: int, shift: int, year: int) -> None:
    last = (first + shift - 1) % 12 + 1  # another month, before or after the first
    found = _dated(f"Between {_MONTHS[first - 1]} and {_MONTHS[last - 1]} {year} the two navies trained together.")
    start, end = found[0][1].split("/")
    assert start < end and end == f"{year}-{last:02d}"
    assert int(start[:4]) == (year if first < last else year - 1)


def test_days_of_one_month_joined_by_a_word_are_one_range() -> None:
    assert _dated("The president paid a state visit from 8 to 11 March 2023.")[0][1] == "2023-03-08/2023-03-11"
    assert _dated("The forum sat on March 3 through 5, 2021 in Tokyo.")[0][1] == "2021-03-03/2021-03-05"
    assert _dated("The envoy toured the region from 4 to 8 August.")[0][1] == "2022-08-04/2022-08-08"


@given(st.integers(1, 25), st.integers(1, 3), st.integers(1, 12), st.integers(1995, 2030))
def test_a_range_of_days_in_a_month_spans_its_two_days(first: int, length: int, month: int, year: int) -> None:
    found = _dated(f"The navies trained from {first} to {first + length} {_MONTHS[month - 1]} {year} off Guam.")
    assert found[0][1] == f"{year}-{month:02d}-{first:02d}/{year}-{month:02d}-{first + length:02d}"

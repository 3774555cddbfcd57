"""EDTF bounds and readable forms: properties over generated dates, and clear errors for bad ones."""

from __future__ import annotations

import calendar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.edtf import DateError, bounds, query_bound, readable


@st.composite
def edtf_dates(draw: st.DrawFn) -> str:
    year = draw(st.integers(1000, 2999))
    shape = draw(st.sampled_from(["year", "month", "day", "decade", "century"]))
    if shape == "decade":
        return f"{year // 10}X"
    if shape == "century":
        return f"{year // 100}XX"
    if shape == "year":
        return str(year)
    month = draw(st.integers(1, 12))
    if shape == "month":
        return f"{year}-{month:02d}"
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return f"{year}-{month:02d}-{day:02d}"


@given(edtf_dates())
def test_bounds_contain_the_date_and_its_prefix(value: str) -> None:
    start, end, precision = bounds(value)
    assert start <= end
    assert start.startswith(value.split("X")[0]) and end.startswith(value.split("X")[0])
    assert precision in ("day", "month", "year", "decade", "century")
    assert readable(value)


@given(edtf_dates(), edtf_dates())
def test_intervals_span_from_first_start_to_last_end(first: str, second: str) -> None:
    if bounds(first)[0] > bounds(second)[1]:
        with pytest.raises(DateError, match="ends before it starts"):
            bounds(f"{first}/{second}")
    else:
        assert bounds(f"{first}/{second}") == (bounds(first)[0], bounds(second)[1], "range")
    assert bounds(f"{first}/..")[1] == "9999-12-31" and readable(f"{first}/..").startswith("since ")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-07", ("2023-07-01", "2023-07-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("198X", ("1980-01-01", "1989-12-31")),
    ],
)
def test_known_bounds(value: str, expected: tuple[str, str]) -> None:
    assert bounds(value)[:2] == expected
    assert query_bound("2023", upper=True) == "2023-12-31"


@pytest.mark.parametrize("bad", ["2023-13", "2023-02-30", "July 2023", "", "2024/2023"])
def test_bad_dates_are_named(bad: str) -> None:
    with pytest.raises(DateError, match=r"EDTF|does not exist|ends before"):
        bounds(bad)
    assert readable("1990s-ish") == "1990s-ish"

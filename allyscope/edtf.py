"""Bounds and readable forms of the EDTF dates allyscope writes (`2023-07-12`, `2023-07`, `198X`, `2019-03/..`,
seasons `2023-22`, qualified `2010~`).

A fact dated `2023-07` happened some day in July 2023, so a query `--from 2023-07-15` must still find it:
every date is stored as the first and last day it may stand for, and filters compare against those bounds.
"""

from __future__ import annotations

import calendar
import re

from allyscope.errors import AllyscopeError


class DateError(AllyscopeError):
    """A date that is not one of the EDTF forms allyscope reads."""


_SINGLE = re.compile(r"^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}))?(?:-(\d{2}))?[~?%]?$")
_SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}  # spring … winter, northern hemisphere
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _single(value: str) -> tuple[str, str, str]:
    """(first day, last day, precision) of one EDTF date without interval."""
    m = _SINGLE.match(value)
    if not m:
        raise DateError(f"{value!r} is not an EDTF date (expected forms like 2023-07-12, 2023-07, 2023, 198X, 19XX)")
    year, month, day = m.groups()
    if "X" in year:
        low, high = year.replace("X", "0"), year.replace("X", "9")
        return f"{low}-01-01", f"{high}-12-31", "decade" if year.count("X") == 1 else "century"
    y = int(year)
    if month is None:
        return f"{year}-01-01", f"{year}-12-31", "year"
    mo = int(month)
    if mo in _SEASONS and day is None:  # EDTF seasons: 2023-22 is summer 2023
        first, last_month = _SEASONS[mo]
        end_year = y + 1 if last_month < first else y
        last_day = calendar.monthrange(end_year, last_month)[1]
        return f"{year}-{first:02d}-01", f"{end_year:04d}-{last_month:02d}-{last_day:02d}", "season"
    if not 1 <= mo <= 12:
        raise DateError(f"{value!r}: month {mo} does not exist")
    last = calendar.monthrange(y, mo)[1]
    if day is None:
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}", "month"
    if not 1 <= int(day) <= last:
        raise DateError(f"{value!r}: day {day} does not exist in that month")
    plain = f"{year}-{month}-{day}"
    return plain, plain, "day"


OPEN_START, OPEN_END = "0001-01-01", "9999-12-31"  # the bounds of an interval's open ends


def bounds(value: str) -> tuple[str, str, str]:
    """`(first day, last day, precision)` of an EDTF date or interval; open ends are 0001-01-01 / 9999-12-31."""
    value = value.strip()
    if "/" not in value:
        return _single(value)
    left, right = value.split("/", 1)
    start = OPEN_START if left in ("", "..") else _single(left)[0]
    end = OPEN_END if right in ("", "..") else _single(right)[1]
    if start > end:
        raise DateError(f"{value!r}: the interval ends before it starts")
    return start, end, "range"


def query_bound(value: str, *, upper: bool) -> str:
    """The day a `--from`/`--to` option stands for: `--to 2023` means up to 2023-12-31."""
    start, end, _ = bounds(value)
    return end if upper else start


def readable(value: str) -> str:
    """A date as people write it: `2023-07` → `Jul 2023`, `198X` → `1980s`, `2019-03/..` → `since Mar 2019`."""
    if "/" in value:
        left, right = value.split("/", 1)
        if right in ("", ".."):
            return f"since {readable(left)}"
        if left in ("", ".."):
            return f"until {readable(right)}"
        return f"{readable(left)} – {readable(right)}"
    m = _SINGLE.match(value)
    if not m:
        return value
    year, month, day = m.groups()
    if year.endswith("XX"):
        return f"{int(year[:2]) + 1}th century"
    if year.endswith("X"):
        return f"{year[:3]}0s"
    if month is None:
        return ("about " if value.endswith(("~", "%")) else "") + year + ("?" if value.endswith("?") else "")
    if int(month) in _SEASONS:
        return f"{('spring', 'summer', 'autumn', 'winter')[int(month) - 21]} {year}"
    if day is None:
        return f"{_MONTHS[int(month) - 1]} {year}"
    return f"{int(day)} {_MONTHS[int(month) - 1]} {year}"

"""What a date is once read, and the arithmetic every part of the dates stage shares.

`DateMention` (one date of a text), `Anchor` (what a yearless date is anchored on) and `DateReading` (what
`read_dates` returns) are the package's values; `rules()` is its vocabulary (`data/date_rules.json`); `number`
reads a numeral in any script; `_check` and `_ymd` make EDTF of a year, month and day, raising `_Impossible` for
parts that cannot be (`2023年13月45日`, a year outside `plausible_years`), which `read_dates` reports as a
warning instead of a date. They sit apart so that every other module of the package leans on this one and none
on the reader itself.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

# `after-act`: a clause told after an act told before (`After the talks`, `署名式の後`) takes that act's date
BASES = ("explicit", "era", "relative", "previous-date", "document-date", "after-act", "entry-head")
NOT_EVENT_ROLES = (
    "document", "citation", "dateline", "furniture", "period", "period-end", "heading", "anniversary", "happening",
    "tenure", "told-again",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date in a text: `[start, end)` of the words, the EDTF value, its precision, and how it was read.

    `precision` is `day`, `month`, `season`, `year`, `decade`, `century` or `range`; `kind` is `absolute`,
    `relative`, `range`, `open`, `decade`, `century`, `fiscal` or `season`; `document` marks a year that only
    names a document; `basis` says how the year was reached (see `allyscope.dates`); `role` is empty for a
    date that may date an event, else why it does not; `qualifier` is `early`, `mid`, `late` or `approximate`.
    """

    start: int
    end: int
    text: str
    edtf: str
    precision: str
    kind: str
    document: bool = False
    basis: str = "explicit"
    role: str = ""
    qualifier: str = ""

    @property
    def dates_event(self) -> bool:
        """True when this date may be the date of an event (it names no document, source, period or dateline)."""
        return not self.role and not self.document


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a yearless date is anchored on: a year, and a month when it is known."""

    year: int
    month: int | None = None
    day: int | None = None


@cache
def rules() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("date_rules.json").read_text("utf-8"))
    return data


@cache
def after_act_words() -> frozenset[str]:
    """The words of a clause told after an act the text told before (`after_an_act` of date_rules.json), folded
    to lower case: an after-word, an optional owner and an act in English (`following the signing ceremony`,
    `after his talks`), an act then an after-word in Chinese and Japanese (`签署仪式后`, `署名式の後`). Built from
    the parts so that each act goes with every after-word, not only the phrasings a text happened to use."""
    a = rules()["after_an_act"]
    english = [
        f"{after} {owner + ' ' if owner else ''}{act}"
        for after in a["after_en"]
        for owner in ["", *a["owners_en"]]
        for act in a["acts_en"]
    ]
    cjk = [f"{act}{after}" for act in a["acts_cjk"] for after in a["after_cjk"]]
    return frozenset(w.lower() for w in [*english, *cjk])


@cache
def name_prefixes() -> dict[str, tuple[str, ...]]:
    """The last character of each name of `document_weeks.names_ending_in_a_week_word` → the names' text before it
    (`本` → `日`): a week word (`本周`) opening at that character is the name's end, not a week word."""
    out: dict[str, list[str]] = {}
    for name in rules()["document_weeks"]["names_ending_in_a_week_word"]["words"]:
        out.setdefault(name[-1], []).append(name[:-1])
    return {last: tuple(prefixes) for last, prefixes in out.items()}


def ends_a_name(text: str, at: int) -> bool:
    """Is the character at `at` the last of a name ending in a week word's first character (a state's name in `日`)?"""
    return any(text.startswith(p, at - len(p)) for p in name_prefixes().get(text[at : at + 1], ()) if at >= len(p))


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def number(token: str) -> int:
    """The value of a numeral in Arabic (any script's digits) or Chinese numerals: `12`, `十二`, `二十一`,
    `二〇二三` (digit by digit), `一百一十三`, `元` (the first year of an era)."""
    values: dict[str, int] = rules()["cjk_numerals"]
    if token.isdigit():
        return int(token)
    if token == "元":
        return 1
    if "百" in token:  # `一百一十三` (an era's year past a hundred): hundreds, then the rest read alone
        hundreds, _, rest = token.partition("百")
        rest = rest.lstrip("零〇")
        return (values.get(hundreds, 1) if hundreds else 1) * 100 + (number(rest) if rest else 0)
    if "十" in token:
        tens, _, ones = token.partition("十")
        return (values.get(tens, 1) if tens else 1) * 10 + (values.get(ones, 0) if ones else 0)
    value = 0
    for char in token:
        value = value * 10 + values.get(char, 0)
    return value


class _Impossible(Exception):
    """A date whose parts cannot be (month 13, day 45, a year its era never reached)."""


def _check(year: int, month: int | None = None, day: int | None = None) -> None:
    low, high = rules()["plausible_years"]
    if not low <= year <= high:
        raise _Impossible(f"year {year} is outside {low}–{high}")
    if month is not None and not 1 <= month <= 12:
        raise _Impossible(f"month {month} does not exist")
    if month is not None and day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise _Impossible(f"day {day} does not exist in {year}-{month:02d}")


def _ymd(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str]:
    _check(year, month, day)
    if month:
        if day:
            return f"{year:04d}-{month:02d}-{day:02d}", "day"
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", "year"


def _days(first: str, last: str) -> str:
    """The EDTF interval of two days (`2023-07-11/2023-07-12`), a range of days read as one date; the second day
    must come after the first, or the range is impossible."""
    if last <= first:
        raise _Impossible(f"{first}/{last} ends before it starts")
    return f"{first}/{last}"


def _md_value(m: re.Match[str], s: str, year: int) -> tuple[str, str]:
    """The EDTF of a year with the month, day and second day `_md(s)` matched (an interval for a range). `m` is
    a match of the expression holding `_md(s)`: its groups are read in one call. (An English word of the document's
    time, `en_now`, is read as `now` is, by an expression that may not hold the `now` branch: then none matched.)"""
    try:
        month_text, day_text, listed, ranged, month2_text = m.group("mo" + s, "d" + s, "dl" + s, "dr" + s, "mo2" + s)
    except IndexError:
        month_text = day_text = listed = ranged = month2_text = None
    month = number(month_text) if month_text else None
    day = number(day_text) if day_text else None
    edtf, precision = _ymd(year, month, day)
    second = listed or ranged
    if second and month and day:
        month2 = number(month2_text) if month2_text else month
        return _days(edtf, _ymd(year, month2, number(second))[0]), "range"
    return edtf, precision


class StoryDay(NamedTuple):
    """The latest day a text told as a step of its story (`day`), and whether the date read after it went back to
    an earlier time told only inside a clause that modifies a noun (`recalled`: `…1月22日簽署的《條約》`,
    `2021年3月22日に署名された協定`, `the jets, which it chose on 10 December 2021,`). A same-day word opening
    the next sentence or paragraph (`當天`, `同日`, `That day`) then tells of the story's day, not of that noun's."""

    day: Anchor | None
    recalled: bool


class DateReading(NamedTuple):
    """What `read_dates` found: the mentions, a warning per impossible date, the anchor the text ends on, and the
    story's day it ends on (`StoryDay`), which a same-day word of the next paragraph may count from."""

    mentions: list[DateMention]
    warnings: list[str]
    last: Anchor | None
    last_edtf: str | None
    story: StoryDay | None = None


def _english_day(year: int, month: int, day: str | None, second: str | None) -> tuple[str, str]:
    def value(token: str) -> int:
        return int(re.sub(r"\D", "", token))

    edtf, precision = _ymd(year, month, value(day) if day else None)
    if day and second:
        return _days(edtf, _ymd(year, month, value(second))[0]), "range"
    return edtf, precision

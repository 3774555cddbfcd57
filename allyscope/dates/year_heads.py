"""A head line that carries the year of the chronology under it (issue 14, dates of events).

A chronology often stands under a head that gives its year in a form other than a Gregorian year alone on its line:
the era year with the Gregorian year in brackets (`平成18年（2006年）`, `令和元年`), or a short title whose last words
are the year in brackets (`年表（2024年）`, `安倍首相のマルタ訪問（2017年）`, `Chronology (2024)`). A reader takes the
rows under it (`10月21日　…`, `・5月27日、…`) in that year, before any date the text above them told, exactly as under
`2018年` alone on its line. The stage reads such a line's year here and gives it to `_heading_after` (stage.py) as
the year heading it already keeps for a year alone; the heading holds while the lines under it open with a yearless
date it anchored, and a line of prose ends it.

What makes a head (`date_rules.json`, `year_heads`): the line holds one year only (every date read on it is that
year: `平成18年` and its gloss `（2006年）` are one year), and it is either that year alone with marks, brackets and a
colon around it, or a title of at most `max_title` letters with none of `not_in_title` (a sentence's stops and
commas: `…に署名した（2017年）` closes a sentence, no head) before the bracketed year at its end. A line of a date
with a month or a day is no year head (a date line, or an entry head of `entry_heads.py`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from allyscope.dates.values import DateMention, rules

_YEAR = re.compile(r"(?:1[89]|20)\d{2}")

YEAR_LINE = re.compile(
    r"\s*[■□●○◆◇▼▽・‧*#=\-–—]*\s*(?P<year>(?:1[89]|20)\d{2})\s*(?:年\s*(?:(?P<month>1[0-2]|0?[1-9])\s*月)?)?\s*"
    r"(?:[（(][^（）()\n]{1,12}[）)])?\s*[:：]?\s*"
)
"""A year (maybe with its month) alone on its line, with marks before it and a gloss or a colon after it (`2018年`,
`■2019年1月`, `1997`, `2011:`): a chronology's year heading over the rows that leave the year out."""


@cache
def _words() -> dict[str, Any]:
    words: dict[str, Any] = rules()["year_heads"]
    return words


def _year(mention: DateMention) -> int | None:
    return int(mention.edtf) if mention.precision == "year" and _YEAR.fullmatch(mention.edtf) else None


def _without(piece: str, mentions: Sequence[DateMention]) -> str:
    """The line with the words of its dates taken out."""
    out = piece
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        out = out[: mention.start] + out[mention.end :]
    return out


def head_year(piece: str, mentions: Sequence[DateMention]) -> int | None:
    """The year the line `piece` heads the lines under it with, given the dates read on it; None for a line that
    is no year head (prose, a date line with a month or a day, a line naming two years)."""
    if "\n" in piece.strip() or not mentions:
        return None
    years = {_year(m) for m in mentions}
    if len(years) != 1 or None in years:
        return None
    year = years.pop()
    words = _words()
    around = words["marks"] + words["opening_brackets"] + words["closing_brackets"] + words["after_year"]
    if not _without(piece, mentions).strip(around + " \t\u3000"):
        return year  # the year alone, in any calendar, with its gloss in brackets (`平成18年（2006年）`)
    last = max(mentions, key=lambda m: m.end)
    before, after = piece[: last.start].rstrip(" \t\u3000"), piece[last.end :].strip(" \t\u3000")
    if not before or before[-1] not in words["opening_brackets"] or after[:1] not in words["closing_brackets"]:
        return None
    if after[1:].strip(" \t\u3000"):
        return None  # words after the bracket: the year glosses a name inside the line (`ハルハ河戦争（1939年）の記憶`)
    title = before[:-1].strip(" \t\u3000" + words["marks"])
    if not title or len(title) > words["max_title"] or any(c in title for c in words["not_in_title"]):
        return None
    if len(mentions) > 1:
        return None  # a title with a year of its own besides the bracketed one
    return year if any(c.isalpha() for c in title) else None


def with_year_heads(text: str, laid_out: list[Any], headings: Sequence[Any]) -> list[Any]:
    """The regions `laid_out` and, as `heading` regions of their own, the document's headings that are year heads
    (`平成19年（2007年）`, `年表（2024年）`, a year alone: `2011`, `2022年`), which the structure stage took out of the
    body: the dates stage reads
    them in text order so that the rows under each take its year. Other headings are left as the regions had them."""
    from allyscope.dates.reading import read_dates
    from allyscope.regions import Region

    taken = {r.start for r in laid_out}
    added = []
    for head in headings:
        piece = text[head.start : head.end]
        if head.start in taken or not _YEAR.search(piece):
            continue
        if YEAR_LINE.fullmatch(piece) or head_year(piece, read_dates(piece).mentions) is not None:
            added.append(Region(head.start, head.end, "heading"))
    return sorted([*laid_out, *added]) if added else laid_out

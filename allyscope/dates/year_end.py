"""A yearless January in a December document, told before the later months of the document's year.

`_nearest_year` reads a month without a year nearest the document's date, in the past unless at most two months
ahead: `1月` in a text of December 2024 is January 2025, the month to come. A year-end review, a brief or a
press conference of December that tells its year in order reads otherwise: `1月13日…15日…24日…。5月20日，…` or
`In January, a US drone strike … killed … In June …`: the January comes before the later months of the same year,
which the reader took in the document's year, so it is the January of that year, the past. A January to come is
told after the year's months, at the end (`展望明年，…将于1月20日就职`), or with no month after it
(`could reach parliament in early January`), and a year counted by a word (`来年1月`, `next January`) stands.

The rule (prec76, from dev's golds: six documents of four sessions where the January is the document's year's,
the order separating them from the two where it is to come): a date written without any year, read on the
document's own date of December into January of the year after, moves back a year with the dates told from it
(`15日`, `當天`, `Two days later`), when the first date after them that names a month is of the document's year,
a month after January and no later than the document's date. A later month told from the January in its own
paragraph (`1月15日…，4月…`) is read from it, in the year after, and is one of the dates told from it: it is no
evidence of the year, which only a month the reader put in the document's year on its own gives. Kept apart from
the reader because it looks at the dates after the one it reads, which the reader, reading in text order, has not
reached.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from functools import cache

from allyscope.dates.values import Anchor, DateMention, rules

_HEAD = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_TOLD_FROM_IT = ("previous-date", "relative")  # the dates a story counts from the one before
_BEFORE = 8  # characters before a month that may count its year (`next January`, `明年1月`)


@cache
def _year_words() -> tuple[str, ...]:
    """The words that count a year from the document's date or from a date before (`明年`, `来年`, `next year`,
    `翌年`) and the English words that put a month in the coming year (`next`, `coming`): a January so counted is
    read as written. Lower case, from `date_rules.json`."""
    r = rules()
    words = [*r["document_relative"], *r["next_year"], *r["month_in_the_coming_year_en"]]
    return tuple(w.lower() for w in words)


def _parts(edtf: str) -> list[tuple[int, int | None, int | None]] | None:
    """The year, month and day of each end of `edtf` (`2025-01-15`, `2025-01/..` has one), or None when an end is
    of another form (a season, a decade)."""
    out: list[tuple[int, int | None, int | None]] = []
    for part in edtf.split("/"):
        if part == "..":
            continue
        head = _HEAD.match(part)
        if head is None:
            return None
        year, month, day = head.groups()
        out.append((int(year), int(month) if month else None, int(day) if day else None))
    return out or None


def _a_year_back(edtf: str) -> str:
    """`edtf` with the year of each end one less (`2025-01-15/2025-01-16` → `2024-01-15/2024-01-16`)."""
    return "/".join(part if part == ".." else f"{int(part[:4]) - 1:04d}{part[4:]}" for part in edtf.split("/"))


def _not_after(parts: list[tuple[int, int | None, int | None]], written: Anchor) -> bool:
    """Does every end of a date begin no later than the document's date `written`?"""
    return all((y, m or 0, d or 0) <= (written.year, written.month or 12, written.day or 31) for y, m, d in parts)


def _a_real_day(edtf: str) -> bool:
    """Is every end of `edtf` a day of the calendar (29 February moved into a common year is not)?"""
    for part in edtf.split("/"):
        if part.count("-") == 2:
            try:
                datetime.date.fromisoformat(part)
            except ValueError:
                return False
    return True


def january_of_the_year_told(text: str, found: list[DateMention], written: Anchor | None) -> list[DateMention]:
    """`found` with each yearless January that the document's date of December put in the year after moved back
    to the document's year, with the dates told from it, when the story goes on to a later month of that year
    (the module's rule); the dates are otherwise unchanged."""
    if written is None or written.month != 12:
        return found
    out = list(found)
    ahead = written.year + 1
    i = 0
    while i < len(out):
        mention = out[i]
        parts = _parts(mention.edtf)
        if (
            mention.basis != "document-date"
            or parts is None
            or parts[0][:2] != (ahead, 1)
            or mention.precision not in ("month", "day")
            or _counted(text, mention)
        ):
            i += 1
            continue
        chain = [i]
        j = i + 1
        while j < len(out) and out[j].basis in _TOLD_FROM_IT and out[j].edtf.startswith(str(ahead)):
            chain.append(j)
            j += 1
        if _later_month_of_the_year(out[j:], written):
            moved = [_a_year_back(out[k].edtf) for k in chain]
            ends = [_parts(edtf) for edtf in moved]
            if all(e is not None and _not_after(e, written) for e in ends) and all(map(_a_real_day, moved)):
                for k, edtf in zip(chain, moved, strict=True):
                    out[k] = replace(out[k], edtf=edtf)
        i = j
    return out


def _counted(text: str, mention: DateMention) -> bool:
    """Does a word count the month's year (`来年1月`, `明年1月`, `next January`, in or just before its words)?"""
    around = text[max(0, mention.start - _BEFORE) : mention.end].lower()
    return any(word in around for word in _year_words())


def _later_month_of_the_year(after: list[DateMention], written: Anchor) -> bool:
    """Is the first date of `after` that names a month of the document's year, a month after January and no later
    than the document's date? Dates naming only a year (`last year`, `2023年`) are passed over."""
    for mention in after:
        parts = _parts(mention.edtf)
        if parts is None or parts[0][1] is None:
            continue
        year, month, _ = parts[0]
        return year == written.year and month is not None and month >= 2 and _not_after(parts[:1], written)
    return False

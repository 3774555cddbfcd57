"""A span told by its ends: the end of one year or month to the start of a later one (issue 14, date87).

`2024年底至2025年初`, `去（2024）年底至今（2025）年初`, `2018年11月底至12月初`, `2022年末から2023年初めにかけて`,
`from late 2024 to early 2025`: the reader reads each end alone (a year with its `late` or `early` part, a month
with the part left after it), and the first would date the act alone, as if it happened at the end of that year.
The writer names a span whose ends are those two, so the pair is one EDTF interval (`2024/2025`,
`2018-11/2018-12`), as `1月至6月` is. The closing is of the opening's precision and later than it; a start and an
end of one year (`2024年初至年底`) is a part of that year, not this shape, and is left as read. The words are data
(`date_rules.json` `end_spans`); this says how they are read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from allyscope.dates.values import DateMention, _alternatives, rules

_PRECISIONS = ("year", "month")


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words between the two ends (an end word of CJK after the opening, a joiner, a start word of English
    before the closing), the English end word right before an opening, and the start word right after a
    closing."""
    r = rules()["end_spans"]
    joiner = re.compile(
        rf"\s*(?P<end>{_alternatives(r['ends_after'])})?\s*(?P<join>{_alternatives(r['joiners'])})\s*"
        rf"(?:(?P<start>{_alternatives(r['starts_before_en'])})\s+)?",
        re.IGNORECASE,
    )
    ends_before = re.compile(rf"(?:{_alternatives(r['ends_before_en'])})\s+$", re.IGNORECASE)
    starts_after = re.compile(_alternatives(r["starts_after"]))
    return joiner, ends_before, starts_after


_BETWEEN = re.compile(r"(?<![A-Za-z])[Bb]etween\s+(?:the\s+end\s+of\s+)?$")


def _value(mention: DateMention) -> str:
    """The opening's own date: an end read as an open start (`2022年末から`: `2022/..`) is that year."""
    return mention.edtf[: -len("/..")] if mention.edtf.endswith("/..") else mention.edtf


def _turns_the_year(first: str, last: str) -> bool:
    """A yearless closing month in the first two of the calendar after an opening in its last two (`12月底至1月初`,
    `11月底至2月初`), read at the opening's year: the span turns the year."""
    return "/" not in last and len(first) == len(last) == 7 and int(first[5:]) >= 11 and int(last[5:]) <= 2


def _into_the_next_year(first: str, last: str) -> str:
    """A yearless month read at the opening's year or before it, told as the start after that opening's end: the
    same month of the year after the opening's."""
    return f"{int(first[:4]) + 1:04d}{last[4:]}"


def join_end_spans(text: str, out: list[DateMention]) -> None:
    """Each opening at the end of its year or month joined to a closing at the start of a later one: the opening
    becomes the interval, the closing its end (role `period-end`), in place."""
    joiner, ends_before, starts_after = _words()
    for i in range(len(out) - 1):
        opening, closing = out[i], out[i + 1]
        if opening.precision not in _PRECISIONS or opening.precision != closing.precision:
            continue
        if opening.role not in ("", "period") or closing.role not in ("", "period-end"):
            continue
        # an opening read as an open start holds its joiner (`2022年末から`): the joiner is its last word
        start = opening.end
        if opening.edtf.endswith("/..") and not text[opening.end : closing.start].strip():
            tail = joiner.search(opening.text)
            start = opening.start + tail.start() if tail is not None and tail.end() == len(opening.text) else start
        joined = joiner.fullmatch(text, start, closing.start)
        if joined is None:
            continue
        if joined.group("join").lower() == "and" and not _BETWEEN.search(text, 0, opening.start):
            continue
        at_end = (
            opening.qualifier == "late" or bool(joined.group("end")) or bool(ends_before.search(text, 0, opening.start))
        )
        at_start = (
            closing.qualifier == "early" or bool(joined.group("start")) or bool(starts_after.match(text, closing.end))
        )
        first, last = _value(opening), _value(closing)
        if opening.precision == "month" and closing.basis != "explicit" and _turns_the_year(first, last):
            last = _into_the_next_year(first, last)  # `2024年12月底至1月初`: the January after that December
        if not (at_end and at_start) or "/" in first or "/" in last or not last > first:
            continue
        out[i] = replace(opening, edtf=f"{first}/{last}", precision="range", kind="range", role="", qualifier="")
        out[i + 1] = replace(closing, role="period-end")

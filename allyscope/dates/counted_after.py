"""Dates counted from an act the text names: `a month after the Athens visit`, `Two months after that state visit`,
`three weeks after the signing`. The span counts from the act's own date, not from the date told last: in
`… flew in the exercise in April 2023, and a month after the Athens visit the ministries held talks` the talks are a
month after the visit (told earlier, with its day), not a month after April.

Why a pass of its own after the regions are read (`dates.stage`): the act is named in one sentence and dated in
another, often a paragraph before (a journalist's question, then the answer), so the phrase is read across the
whole text once every date is known, as `occasions` reads `during the visit`. The act is found as a reader finds
it: after `that`/`this` (`that state visit`) it is the happening dated last before the phrase's sentence; after
another determiner (`the Athens visit`, `his visit`) it is the latest earlier sentence that names a word of the
phrase (`Athens`, `visit`), dated by the date nearest to that word there. The words are data (`date_rules.json`,
`counted_after_an_act`).
"""

from __future__ import annotations

import datetime
import re
from functools import cache
from typing import Any

from allyscope.dates.values import DateMention, number, rules

_SENTENCE_END = re.compile(r"[。！？!?]|\.(?:\s|$)|\n")
_NEAR = 40  # characters between a named word and the date of its act, at most


@cache
def _phrase() -> re.Pattern[str]:
    r = rules()["counted_after_an_act"]
    counts = "|".join(re.escape(w) for w in sorted(rules()["number_words_en"], key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(r["units_en"], key=len, reverse=True))
    dets = "|".join(re.escape(d) for d in (*r["recent_determiners_en"], *r["determiners_en"]))
    nouns = "|".join(re.escape(n) for n in sorted(r["acts_en"], key=len, reverse=True))
    return re.compile(
        rf"(?i)(?<![\w-])(?P<count>\d{{1,2}}|{counts})\s+(?P<unit>{units})\s+after\s+(?P<det>{dets})\s+"
        rf"(?P<words>(?:[\w'’.-]+\s+){{0,3}}?)(?P<noun>{nouns})(?![\w-])"
    )


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = rules()["number_words_en"].get(word.lower())
    return int(value) if value is not None else None


def _sentence_start(text: str, at: int) -> int:
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)


def _named_words(found: re.Match[str]) -> list[str]:
    """The words of the phrase that name its act (`Athens`, `visit`), not its function words."""
    skip = set(rules()["counted_after_an_act"]["not_naming_en"])
    words = [*found.group("words").split(), found.group("noun")]
    return [w.strip("'’.").removesuffix("'s").removesuffix("’s") for w in words if w.lower() not in skip]


def _act_date(text: str, found: re.Match[str], mentions: list[DateMention]) -> DateMention | None:
    """The dated happening the phrase names (module docstring), or None when the text tells none before it."""
    opening = _sentence_start(text, found.start())
    before = [m for m in mentions if m.end <= opening and m.dates_event and "/.." not in m.edtf]
    if not before:
        return None
    if found.group("det").lower() in rules()["counted_after_an_act"]["recent_determiners_en"]:
        return before[-1]
    words = _named_words(found)
    if not words:
        return None
    pattern = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
    places = [m.start() for m in pattern.finditer(text, 0, opening)]
    for place in reversed(places):
        start = _sentence_start(text, place)
        ends = _SENTENCE_END.search(text, place)
        stop = ends.start() if ends else len(text)
        near = [m for m in before if start <= m.start < stop and abs(m.start - place) <= _NEAR + len(m.text)]
        if near:
            return min(near, key=lambda m: abs(m.start - place))
    return None


def _moved(edtf: str, unit: str, count: int) -> tuple[str, str] | None:
    """(EDTF, precision) of `edtf` moved by `count` units: days and weeks need a day and give one, months give a
    month and years a year (as `two weeks later`, `3か月後` count)."""
    first = edtf.split("/")[0]
    parts = first.split("-")
    if not all(p.isdigit() for p in parts):
        return None
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    if unit in ("day", "week"):
        if day is None or month is None:
            return None
        moved = datetime.date(year, month, day) + datetime.timedelta(days=count * (7 if unit == "week" else 1))
        return moved.isoformat(), "day"
    if unit == "month":
        if month is None:
            return None
        index = year * 12 + month - 1 + count
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    return f"{year + count:04d}", "year"


@cache
def _anniversary_day() -> re.Pattern[str]:
    r = rules()["counted_after_an_act"]["anniversary_day_cjk"]
    words = "|".join(re.escape(w) for w in r["words"])
    days = "|".join(re.escape(w) for w in sorted(r["day_words"], key=len, reverse=True))
    count = r"(?P<count>\d{1,3}|[一二两兩三四五六七八九十百]{1,5})"
    return re.compile(rf"(?P<act>[\u3400-\u9fff]{{2}}){count}\s*(?:{words})(?:{days})")


def anniversary_days(text: str, mentions: list[DateMention]) -> list[tuple[DateMention, DateMention]]:
    """`建交五十周年当日`: the day of an anniversary of an act the text dated before, counted from that act's day (the
    latest day before the phrase whose sentence names the act: `两国于1971年11月2日建交`), each with the mention of the
    day word it replaces (`当日` alone would count from the date told last, the act's own day). A day only: an
    anniversary of a year or a month has no day to fall on."""
    out: list[tuple[DateMention, DateMention]] = []
    for found in _anniversary_day().finditer(text):
        inside = [m for m in mentions if found.start() <= m.start < found.end()]
        opening = _sentence_start(text, found.start())
        days = [m for m in mentions if m.end <= opening and m.dates_event and m.precision == "day"]
        act = next((m for m in reversed(days) if found.group("act") in _sentence_around(text, m.start)), None)
        if act is None or len(inside) != 1:
            continue
        year = int(act.edtf[:4]) + number(found.group("count"))
        day = DateMention(found.start("count"), found.end(), text[found.start("count") : found.end()],
                          f"{year:04d}{act.edtf[4:10]}", "day", "relative", basis="relative")  # fmt: skip
        out.append((inside[0], day))
    return out


def _sentence_around(text: str, at: int) -> str:
    ends = _SENTENCE_END.search(text, at)
    return text[_sentence_start(text, at) : ends.start() if ends else len(text)]


def counted_after_dates(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The dates of the phrases `N units after <an act named>` of `text` (`mentions`: its dates read so far, in
    text order), each counted from the date of the act it names; a phrase whose act has no date before it, or
    that stands inside a date already read, gives none."""
    if "after" not in text.lower():
        return []
    units: dict[str, Any] = rules()["counted_after_an_act"]["units_en"]
    out: list[DateMention] = []
    for found in _phrase().finditer(text):
        if any(m.start < found.end() and found.start() < m.end for m in mentions):
            continue  # already read as a date (`days after`)
        count = _count(found.group("count"))
        act = _act_date(text, found, mentions)
        if count is None or act is None:
            continue
        moved = _moved(act.edtf, units[found.group("unit").lower()], count)
        if moved is None:
            continue
        # the whole phrase is the date's words, its act's noun with it (as `after the talks` is): the noun names the
        # act counted from, not a second act of the clause
        out.append(DateMention(found.start(), found.end(), found.group(), moved[0], moved[1], "relative",
                               basis="relative"))  # fmt: skip
    return out

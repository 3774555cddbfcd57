"""A capital read by the date of what it does (issue 14 item 3, enact70).

A capital stands for its state in prose (`Moscow offered a treaty`, `Seoul and Prague established relations`), and
the state a capital stood for changes when a state is succeeded: Moscow acted for the Soviet Union until the Union
ended, Prague for Czechoslovakia until it split.
The successions are data: a state of `data/states.json` lists its `predecessors`, each with the day (`until`) from
which the capital is the successor's own. A mention of the successor's capital or seat (basis `metonym`) is read
on the date of its sentence — the first date in that sentence that may date an event, else the last such date before
it in its paragraph, else the document's own date — and names the predecessor when that date ends before `until`.
A date that reaches `until` or later (a year, a month, a decade holding the day), an open interval or no date keeps
the successor: a capital is changed only when its date says so. The state's own name (`Russia`) is never changed,
nor are its adjectives: a text that names the successor by name means it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from allyscope.edtf import OPEN_END, DateError, bounds
from allyscope.entities import EntityMention, Gazetteer

METONYM = "metonym"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SENTENCE_END = re.compile(r"[.!?;。！？；](?=\s|$)|\n")


class SuccessionError(ValueError):
    """A state's `predecessors` entry in `data/states.json` is not an id with an ISO day."""


def last_day(edtf: str) -> str | None:
    """The last day (ISO) an EDTF date can mean (`edtf.bounds`: the end of an interval, the last day of a month, a
    year, a decade), or None for one that has no end (`2019/..`), a season (its hemisphere is not known here) or a
    value that is no EDTF date."""
    try:
        _, end, precision = bounds(edtf)
    except DateError:
        return None
    return None if precision == "season" or end == OPEN_END else end


_TABLES: dict[int, tuple[Gazetteer, dict[str, list[tuple[str, str]]]]] = {}


def successions(g: Gazetteer) -> dict[str, list[tuple[str, str]]]:
    """Each state with predecessors → [(predecessor id, the successor's first day)], latest first (read once per
    gazetteer: the states are a few hundred of its thousands of entities)."""
    known = _TABLES.get(id(g))
    if known is not None and known[0] is g:
        return known[1]
    out: dict[str, list[tuple[str, str]]] = {}
    for ident, entity in g.entities.items():
        listed = entity.get("predecessors")
        if not listed:
            continue
        pairs = []
        for item in listed:
            before, until = item.get("id"), item.get("until")
            if not isinstance(before, str) or not isinstance(until, str) or not _ISO_DAY.fullmatch(until):
                raise SuccessionError(f"{ident}: {item!r}")
            pairs.append((before, until))
        out[ident] = sorted(pairs, key=lambda pair: pair[1], reverse=True)
    _TABLES[id(g)] = (g, out)
    return out


def state_then(state: str, edtf: str | None, table: dict[str, list[tuple[str, str]]]) -> str:
    """The state a capital of `state` stood for on `edtf`: the earliest predecessor whose day of succession comes
    after the date's last day; `state` itself when none does or the date cannot tell."""
    day = last_day(edtf) if edtf else None
    if day is None:
        return state
    then = state
    for before, until in table.get(state, []):  # latest succession first
        if day < until:
            then = before
    return then


def sentence_dates(
    text: str, dates: list[tuple[int, str]], paragraphs: list[tuple[int, int]], own: str | None
) -> Callable[[int], str | None]:
    """The date a capital at an offset of `text` is read on: the first of `dates` (start, EDTF; those that may date
    an event) in its sentence, else the last before it in its paragraph, else the document's own date `own`."""
    starts = [at for at, _ in dates]

    def when(at: int) -> str | None:
        begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)), default=0)
        stop = _SENTENCE_END.search(text, at)
        end = stop.start() if stop is not None else len(text)
        k = bisect.bisect_left(starts, begin)
        if k < len(dates) and dates[k][0] < end:
            return dates[k][1]
        paragraph = next(((a, b) for a, b in paragraphs if a <= at < b), (0, len(text)))
        k = bisect.bisect_left(starts, begin) - 1
        if k >= 0 and dates[k][0] >= paragraph[0]:
            return dates[k][1]
        return own

    return when


def capitals_then(
    mentions: list[EntityMention], g: Gazetteer, when: Callable[[int], str | None]
) -> list[EntityMention]:
    """`mentions` with each capital of a state that has predecessors read as the state it stood for on its date."""
    table = successions(g)
    if not table:
        return mentions
    out: list[EntityMention] = []
    changed = False
    for m in mentions:
        if m.basis == METONYM and len(m.ids) == 1 and m.ids[0] in table:
            then = state_then(m.ids[0], when(m.start), table)
            if then != m.ids[0] and then in g.entities:
                m = EntityMention(m.start, m.end, m.alias, (then,), m.basis)
                changed = True
        out.append(m)
    return out if changed else mentions


def read_capitals_then(
    doc: Any, mentions: list[EntityMention], g: Gazetteer, paragraphs: list[tuple[int, int]]
) -> list[EntityMention]:
    """`capitals_then` on a document: its dates read once (only when it names a capital of such a state)."""
    table = successions(g)
    if not any(m.basis == METONYM and len(m.ids) == 1 and m.ids[0] in table for m in mentions):
        return mentions
    from allyscope.dates import mark_dates

    found = doc.dates or mark_dates(doc).dates
    dates = sorted((d.start, d.edtf) for d in found if d.dates_event)
    return capitals_then(mentions, g, sentence_dates(doc.text, dates, paragraphs, doc.date))

"""A chronology's entry dated by its head (issue 14, recall on unseen shapes).

Chronologies (an encyclopedia's, a joint statement's annex, an article's list of steps) often put the date alone on
its line, or at the head of the entry before a dash, a colon or a wide gap, and then write the entry's sentences
without any word of time:

    2019年3月                         March 2009 — Two destroyers leave Kure. At the end of …
    両国は協定に署名した。両首脳は…       July 2011 — The facility is opened.

A reader dates every sentence of the entry by its head. The stage does the same: each sentence of an entry that has
no date of its own gets the head's date, read over the sentence's first word with the basis `entry-head`, so the
events stage reads it as it reads any date of a sentence. The entry is bounded: it ends at a blank line, at the next
head, or at a line opening as a note, a caption or a source (`註：`, `[Photo: …]`, `Note`); a sentence with a date
of its own (an event's, or one that dates none: `It stays until 2008.`) keeps it.

Why the heads must come in a run (`min_heads`, and no more than `_GAP_LINES` other lines between one entry and the
next head): a single date alone on its line is the document's date line (`May 2024` under a brief's title), and the
paragraph under it is no entry of a chronology. The words (marks, separators, note openings) are data
(`date_rules.json`, `entry_head`)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from allyscope.dates.reading import read_dates
from allyscope.dates.values import DateMention, rules

BASIS = "entry-head"
_GAP_LINES = 2  # other lines (a note, a caption) allowed between an entry's end and the next head of its run
_MIN_LETTERS = 6  # an inline head's entry holds a text of its own (`東京` after a date line's gap is a place)
_HEAD_BASES = ("explicit", "era")
_HEAD_PRECISIONS = ("day", "month", "season", "year", "range")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class _Head:
    """A head found on line `line`: its date (offsets in the text) and the lines its entry spans."""

    line: int
    date: DateMention
    body_start: int  # where the entry's text begins in the text
    last_line: int  # the entry's last line (inclusive)


@cache
def _words() -> dict[str, Any]:
    words: dict[str, Any] = rules()["entry_head"]
    return words


@cache
def _may_open_a_head() -> re.Pattern[str]:
    """What a head's line may open with, after its marks: a figure, an era name or an English month's name."""
    eras = "|".join(re.escape(e) for e in sorted(rules()["eras"], key=len, reverse=True))
    months = "|".join(re.escape(m) for m in sorted(rules()["months_en"], key=len, reverse=True))
    marks = re.escape(_words()["marks"])
    return re.compile(rf"[ \t\u3000{marks}]*(?:\d|{eras}|(?i:{months})\b)")


@cache
def _separator() -> re.Pattern[str]:
    after = "|".join(re.escape(s) for s in sorted(_words()["after_head"], key=len, reverse=True))
    return re.compile(rf"[ ]*(?:{after})[ \t\u3000]*")


def _opens_a_note(line: str) -> bool:
    stripped = line.lstrip(" \t\u3000")
    return any(stripped.startswith(w) for w in _words()["note_openings"])


def _head_date(text: str, begin: int, end: int) -> tuple[DateMention, int] | None:
    """The date heading the line `text[begin:end]` and where the entry's text begins: after the line for a date
    alone on it (a separator may close it: `August 2003 –`), after the separator for a date before its entry's
    text (`March 2009 — …`, `2019年3月：…`, `2018年7月　…`). None for any other line (`2019年3月，両国は…`: a
    sentence opening with its date, which dates it already)."""
    line = text[begin:end]
    opening = _may_open_a_head().match(line)
    if opening is None:
        return None
    lead = len(line) - len(line.lstrip(" \t\u3000" + _words()["marks"]))
    reading = read_dates(line)
    if not reading.mentions:
        return None
    first = reading.mentions[0]
    if first.start != lead or first.basis not in _HEAD_BASES or first.document or first.role:
        return None
    if first.precision not in _HEAD_PRECISIONS:
        return None
    date = replace(first, start=begin + first.start, end=begin + first.end)
    rest = line[first.end :]
    if not rest.strip(" \t\u3000" + "".join(_words()["after_head"])):
        return date, end + 1  # alone on its line
    separator = _separator().match(rest)
    if separator is None or separator.end() == 0:
        return None
    entry = rest[separator.end() :]
    if sum(1 for _ in zip(range(_MIN_LETTERS), _LETTER.finditer(entry), strict=False)) < _MIN_LETTERS:
        return None
    return date, begin + first.end + separator.end()


_CJK_STOP = "。！？"


def _tail_head(text: str, begin: int, end: int) -> tuple[DateMention, int] | None:
    """A head the layout joined to the end of the entry above it (`…信貸額度。2022年6月` over `印度國防部長…`): a
    date alone after the line's last full stop, over the next line. (A CJK entry wraps wide, and the layout may
    read the head after it as the entry's last words.)"""
    stop = max(text.rfind(c, begin, end) for c in _CJK_STOP)
    if stop < 0 or end - stop > 24:
        return None
    head = _head_date(text, stop + 1, end)
    return head if head is not None and head[1] > end else None


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _heads(text: str, starts: list[int]) -> list[_Head]:
    lines = _lines(text)
    found: dict[int, tuple[DateMention, int]] = {}
    opening: dict[int, tuple[DateMention, int]] = {}  # the heads that open their line (an entry line holds none)
    for i, (begin, end) in enumerate(lines):
        if end - begin <= 400 and (head := _head_date(text, begin, end)) is not None:
            found[i] = opening[i] = head
        elif (tail := _tail_head(text, begin, end)) is not None:
            found[i] = tail
    heads = []
    for i, (date, body_start) in found.items():
        alone = body_start > lines[i][1]
        last = i if not alone else i + 1
        if alone and (last >= len(lines) or not _entry_line(text, lines[last], last, opening)):
            continue  # nothing under the date: a date line, or a heading over prose set apart by a blank line
        if alone and _opens_dated(text, lines[last], starts):
            continue  # `令和6年12月6日` over `1　12月3日（火）、…`: a date line over a text that dates itself
        heads.append(_Head(i, date, body_start, last))
    return _in_runs(heads, lines, text)


_FIRST_CLAUSE_END = re.compile(r"[。！？!?，,、；;]|\.\s")


def _opens_dated(text: str, line: tuple[int, int], starts: list[int]) -> bool:
    """Does the line's first clause hold a date of its own (the line under a date line, or a year heading's
    line `3月5日　…`)? An entry under its head tells its act without one."""
    end = _FIRST_CLAUSE_END.search(text, line[0], line[1])
    stop = end.start() if end is not None else line[1]
    at = bisect.bisect_left(starts, line[0])
    return at < len(starts) and starts[at] < stop


def _entry_line(text: str, line: tuple[int, int], index: int, heads: dict[int, Any]) -> bool:
    """Does the line go on with an entry: text (no blank line), no head of its own, no note or caption?"""
    piece = text[line[0] : line[1]]
    return bool(piece.strip(" \t\u3000")) and index not in heads and not _opens_a_note(piece)


def _in_runs(heads: list[_Head], lines: list[tuple[int, int]], text: str) -> list[_Head]:
    """The heads that stand in a run of at least `min_heads`, each entry followed by the next head within
    `_GAP_LINES` lines of text (blank lines aside)."""
    runs: list[list[_Head]] = []
    for head in heads:
        if runs:
            before = runs[-1][-1]
            between = [j for j in range(before.last_line + 1, head.line) if text[slice(*lines[j])].strip()]
            if len(between) <= _GAP_LINES:
                runs[-1].append(head)
                continue
        runs.append([head])
    least = int(_words()["min_heads"])
    return [h for run in runs if len(run) >= least for h in run]


def entry_head_dates(text: str, found: list[DateMention], ends: list[int] | None = None) -> list[DateMention]:
    """`found` with the dates that a chronology's heads give the sentences of their entries that have none, and
    with each head alone on its line given the role `heading` (it dates the entry's acts, not the document: a date
    line's role `dateline` would make it the document's date). In text order. `ends`: where the layout's
    paragraphs end (sorted): an entry ends with its paragraph too, where the layout joined the next paragraph to the
    entry's line (`… academy. [Picture: …]`)."""
    if not _may_open_a_head().search(text):
        return found
    starts = sorted(m.start for m in found if not m.document)  # a year naming a document dates no sentence
    heads = _heads(text, starts)
    if not heads:
        return found
    from allyscope.events import sentences  # the events stage's own split: each sentence it reads gets its date

    lines = _lines(text)
    out = list(found)
    head_starts = {h.date.start for h in heads if h.body_start > lines[h.line][1]}
    out = [replace(m, role="heading") if m.start in head_starts and m.role in ("dateline", "") else m for m in out]
    for head in heads:
        entry_end = lines[head.last_line][1]
        if ends:  # the paragraph the entry opens in ends it, where the layout joined the next to its line
            at = bisect.bisect_right(ends, head.body_start)
            entry_end = min(entry_end, ends[at]) if at < len(ends) else entry_end
        # an inline head's line is read whole: its first sentence holds the head, which dates it already
        first = head.body_start if head.body_start > lines[head.line][1] else lines[head.line][0]
        for s_start, s_end in sentences(text, first, entry_end):
            if _opens_a_note(text[s_start:s_end]):
                break  # `註：…` joined to the entry's line by the layout: the entry has ended
            at = bisect.bisect_left(starts, s_start)
            if at < len(starts) and starts[at] < s_end:
                continue  # a date of its own, whatever it dates
            lead = len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip())
            begin = s_start + lead
            word = text[begin:s_end].split(maxsplit=1)[0] if text[begin:s_end].strip() else ""
            if not word or not _LETTER.search(text, begin, s_end):
                continue  # `）` closing a note the split left alone: no sentence
            end = begin + (len(word) if word.isascii() else 1)
            out.append(replace(head.date, start=begin, end=end, text=text[begin:end], basis=BASIS, role=""))
    out.sort(key=lambda m: m.start)
    return out


def is_lone_date(line: str) -> bool:
    """Is `line` a date alone, as a chronology's head prints it (`平成12年8月`, `August 2003 –`)? Asked first, so
    that the layout reads the line after only under a date (its screens read the lines whose key repeats, no more)."""
    if len(line) > 40:
        return False
    head = _head_date(line, 0, len(line))
    return head is not None and head[1] > len(line)  # not a date before its entry's text on the same line


def heads_an_entry(line: str, following: str) -> bool:
    """Is `line` a date alone (`平成12年8月`, `August 2003 –`) over a line of text that is no head of its own and no
    note (`<首相>が<首都>を訪問した。`)? The layout asks it of lines whose shape repeats: a
    chronology's heads share one shape (`平成#年#月`) as a running head printed at each page turn does, but each
    heads an entry of its own."""
    if not is_lone_date(line) or not following.strip() or _opens_a_note(following):
        return False
    if _head_date(following, 0, len(following)) is not None:
        return False
    return sum(1 for _ in zip(range(_MIN_LETTERS), _LETTER.finditer(following), strict=False)) >= _MIN_LETTERS

"""Tables and transcript turns in plain text (issues 12 and 14).

Real documents keep their chronologies and schedules in tables: rows written in bars (`| 2023-07-12 | Vilnius
summit |`, Markdown and wiki exports), cells parted by tabs (Word and spreadsheet copies) or by runs of spaces (PDF
extraction aligns its columns so). A row is one unit of meaning — a date cell and the act it dates — so the layout
stage must not join the rows into one paragraph, the dates stage must not take a row's date for a date line under
a title, and the events stage reads the column a header names (`Event`, `事件`, `出来事`) as the act of the row.
A press-conference transcript is a sequence of turns, each opened by its speaker's label and a colon (`Q:`, `記者：`,
`问：`, `SPOKESPERSON:`); a turn opens a paragraph of its own.

Everything here reads characters only and returns offsets into the text it was given: no cell is dropped (a
row's cells cover every character between its separators) and no offset points outside the text. The words and
characters are data (`allyscope/data/tables.json`); the labels a turn opens with are the role words of
`allyscope/data/layouts/turns.json`, the one list the turns stage reads too.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from allyscope.layout.speakers import role_words

__all__ = [
    "Row",
    "Table",
    "TableIndex",
    "bar_row",
    "cells_of",
    "column_roles",
    "may_be_row",
    "row_at",
    "row_line",
    "rule_row",
    "speaker_label",
    "table_bars",
    "tables_in",
]


@cache
def data() -> dict[str, Any]:
    """`allyscope/data/tables.json`, read once."""
    loaded: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("tables.json").read_text("utf-8"))
    return loaded


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    d = data()
    bars = re.escape(d["bars"])
    return (
        re.compile(f"[{bars}]"),
        re.compile(r"\t+| {" + str(int(d["min_spaces"])) + ",}"),  # a tab run, or a run of spaces wide enough
        re.compile(f"[{re.escape(d['rule_characters'])}]*"),
        frozenset(_fold(w) for w in d["date_headers"]),
        frozenset(_fold(w) for w in d["act_headers"]),
    )


def table_bars() -> str:
    """The characters that open and part the cells of a row in bars."""
    return str(data()["bars"])


def _fold(word: str) -> str:
    return word.strip().rstrip(":：").strip().casefold()


def bar_row(line: str) -> bool:
    """True for a line written as a row in bars: it opens with a bar (after white space) and parts at least two
    cells (`| Date | Event |`, `｜2019年3月｜…｜`). A line with a bar inside prose (`Brief No. 7 | May 2024`) is
    no row: it does not open with one."""
    bar = _patterns()[0]
    stripped = line.strip()
    return bool(stripped) and bar.match(stripped) is not None and len(bar.findall(stripped)) >= 2


def cells_of(line: str) -> tuple[str, list[tuple[int, int]]]:
    """How `line` parts into cells, and each cell's `[start, end)` in the line with its white space trimmed (an
    empty cell between two bars is kept, as a span of length 0, so that columns keep their places). The way is
    `bars`, `pipes` (`_spaced_bars`), `tabs` or `spaces`; ('', []) when the line holds fewer than two cells. Every
    character of the line that is neither a separator nor white space lies in one cell."""
    bar, gap, _, _, _ = _patterns()
    if bar_row(line):
        places = [m.start() for m in bar.finditer(line)]
        bounds = list(pairwise(places))
        if line[places[-1] + 1 :].strip():
            bounds.append((places[-1], len(line)))  # a last cell its bar does not close
        return "bars", [_trim(line, a + 1, b) for a, b in bounds]
    if " | " in line and "\t" not in line:
        return _spaced_bars(line)
    if "\t" not in line and _row_screen()[1] not in line:
        return "", []  # no tab and no run of spaces wide enough: no gap for `gap` to find (a screen, as `may_be_row`)
    lead = len(line) - len(line.lstrip())
    tail = len(line.rstrip())
    if lead >= tail:
        return "", []
    way = "tabs" if "\t" in line[lead:tail] else "spaces"
    cuts = [m for m in gap.finditer(line, lead, tail) if way == "spaces" or "\t" in m.group(0)]
    if not cuts:
        return "", []
    spans, at = [], lead
    for m in cuts:
        spans.append(_trim(line, at, m.start()))
        at = m.end()
    spans.append(_trim(line, at, tail))
    return way, spans


_SPACED_BAR = re.compile(r" +\| +")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?")  # a section's number (`2`, `2.1`), no year


def _spaced_bars(line: str) -> tuple[str, list[tuple[int, int]]]:
    """A row whose cells a spaced bar parts without one opening it (`4 July 2013 | The two governments sign …`, a
    table copied from a web page or a spreadsheet as text, lay75): way `pipes`. Such a line alone is no row (`Brief
    No. 7 | May 2024`, a running head): `row_line` and `tables_in` take it only beside a line parted alike."""
    lead = len(line) - len(line.lstrip())
    tail = len(line.rstrip())
    spans, at = [], lead
    for m in _SPACED_BAR.finditer(line, lead, tail):
        spans.append(_trim(line, at, m.start()))
        at = m.end()
    spans.append(_trim(line, at, tail))
    if len(spans) < 2 or any(a == b or "|" in line[a:b] for a, b in spans):
        return "", []  # an empty cell or a bar left inside one (`Left |  | Right`): no row of this way
    if _SECTION_NUMBER.fullmatch(line[slice(*spans[0])]):
        return "", []  # `2 | DATA AND METHODS` over `2.1 | Agreements`: a journal's numbered heads set with a bar
    return "pipes", spans


def _trim(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return start, end


@cache
def _row_screen() -> tuple[str, str]:
    """The bars a row may open with and the run of spaces that may part its cells, made once: `may_be_row` is
    asked of every body line, and looking both up and making the run again cost more than its three tests."""
    d = data()
    return str(d["bars"]), " " * int(d["min_spaces"])


def may_be_row(content: str) -> bool:
    """A cheap screen for `row_line`, asked of every line: a bar first, a tab, or a run of spaces inside."""
    bars, spaces = _row_screen()
    return content[:1] in bars or "\t" in content or spaces in content or " | " in content


def row_line(content: str, previous: str, following: Callable[[], str]) -> bool:
    """Is the line `content` a table's row? A row in bars is one alone; a line parted by tabs or spaces is one
    when the line before it (`previous`) or after it (`following()`, read only when needed) parts into as many
    cells the same way."""
    if bar_row(content):
        return True
    way, cells = cells_of(content)
    if not cells or way == "bars":
        return False
    for other in (previous, None):
        text = following() if other is None else other
        other_way, other_cells = cells_of(text)
        if other_way == way and len(other_cells) == len(cells):
            if way == "pipes" and not (_dated(content, cells) or _dated(text, other_cells)):
                continue  # `作者 | 张明` over `来源 | …`: a page's labelled fields set with bars, no table's rows
            return True
    return False


def _dated(line: str, cells: list[tuple[int, int]]) -> bool:
    """True when a row's first cell opens with a digit (a date, a year): rows parted by spaced bars with no bar
    opening them are a table only where a row is dated, as a chronology's are (`2021 | …`, lay75); labelled fields
    (`作者 | 张明`) and a kicker beside a title (`Commentary | …`) are set with bars as well."""
    return bool(cells) and line[cells[0][0] : cells[0][0] + 1].isdigit()


def rule_row(line: str, cells: list[tuple[int, int]]) -> bool:
    """A rule between a header and the rows (`| --- | :---: |`): every cell made of rule characters only, one at
    least holding a dash or an equals sign."""
    rule = _patterns()[2]
    texts = [line[a:b] for a, b in cells]
    return (
        any(t for t in texts) and all(rule.fullmatch(t) for t in texts) and any(c in "-–—=" for t in texts for c in t)
    )


@dataclass(frozen=True, slots=True)
class Row:
    """One row: `[start, end)` of its line's content in the text, the way its cells are parted, and each cell's
    `[start, end)` in the text."""

    start: int
    end: int
    way: str
    cells: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Table:
    """Rows that follow each other, the first the header when it names its columns: `date` and `act` are the
    columns the header names (None when it names none, or has no header)."""

    rows: tuple[Row, ...]
    header: bool
    date: int | None
    act: int | None


def column_roles(cells: list[str]) -> tuple[int | None, int | None] | None:
    """(the date column, the act column) a header row names, or None when the cells are no header: a header holds
    no digit and names at least one column by a word of `date_headers` or `act_headers`."""
    _, _, _, dates, acts = _patterns()
    if any(ch.isdigit() for cell in cells for ch in cell):
        return None
    folded = [_fold(c) for c in cells]
    date = next((i for i, c in enumerate(folded) if c in dates), None)
    act = next((i for i, c in enumerate(folded) if c in acts), None)
    if date is None and act is None:
        return None
    return date, act


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, at = [], start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        out.append((at, stop))
        at = stop + 1
    return out


def tables_in(text: str, start: int = 0, end: int | None = None) -> list[Table]:
    """The tables of `text[start:end]`. A row in bars is a row alone; rows parted by tabs or spaces are a table
    only two or more together, each with the same number of cells parted the same way (a lone line with a wide
    gap is prose a PDF justified, not a table). Rule rows stay rows (no character is lost) but are no header."""
    end = len(text) if end is None else end
    tables: list[Table] = []
    run: list[Row] = []

    def close() -> None:
        if not run:
            return
        if run[0].way != "bars" and (len(run) < 2 or len({len(r.cells) for r in run}) > 1):
            run.clear()
            return
        if run[0].way == "pipes" and not any(
            _dated(text[r.start : r.end], [(a - r.start, b - r.start) for a, b in r.cells]) for r in run
        ):
            run.clear()  # bars parting labelled fields, no row dated (`_dated`): no table
            return
        first = run[0]
        roles = column_roles([text[a:b] for a, b in first.cells])
        tables.append(Table(tuple(run), roles is not None, roles[0] if roles else None, roles[1] if roles else None))
        run.clear()

    for a, b in _lines(text, start, end):
        line = text[a:b]
        way, cells = cells_of(line)
        if not cells or (run and way != run[0].way) or (run and way != "bars" and len(cells) != len(run[0].cells)):
            close()
        if not cells:
            continue
        run.append(Row(a, b, way, tuple((a + c0, a + c1) for c0, c1 in cells)))
    close()
    return tables


def row_at(text: str, at: int) -> tuple[Table, Row] | None:
    """The table row holding offset `at`, with its table, or None. Reads the lines around `at` only (up to the
    blank lines or text edges that bound its run)."""
    begin = text.rfind("\n\n", 0, at)
    begin = 0 if begin < 0 else begin + 2
    stop = text.find("\n\n", at)
    stop = len(text) if stop < 0 else stop
    for table in tables_in(text, begin, stop):
        for row in table.rows:
            if row.start <= at <= row.end:
                return table, row
    return None


@cache
def _speaker() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in role_words())  # turns.json's role words: one list with the turns stage
    # a label of the data (any case), or a name in capitals of one to four words (`MR. MILLER`, `SECRETARY
    # BLINKEN`), then a colon; a CJK label may stand in brackets (`【記者】`)
    name = rf"(?:(?i:{words})|[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){{0,3}})"
    # a debate record's member in capitals with a seat and a party in brackets (`MRS ANNE FOLLETT (Sedgeley
    # Common) (Con):`), or an office in capitals naming its holder (`THE SECRETARY OF STATE FOR DEFENCE (MR …):`)
    held = r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){1,7}(?: ?\([A-Z][^()\n]{0,48}\)){1,2}"
    return re.compile(rf"\s*(?:[【\[(（]\s*{name}\s*[】\])）]\s*[:：]?|{name}\s*[:：]|{held}[:：])")


def speaker_label(line: str) -> tuple[int, int] | None:
    """`[start, end)` of the speaker's label opening a transcript's turn (`Q:`, `記者：`, `问：`, `SPOKESPERSON:`,
    `MR. MILLER:`), colon included; None when the line opens no turn. Something must follow the colon."""
    m = _speaker().match(line)
    if m is None or not line[m.end() :].strip():
        return None
    start = len(line) - len(line.lstrip())
    return start, m.end()


class TableIndex:
    """The tables of one text, found on the first question and then looked up by offset: a stage that asks
    about many places of a long text reads its lines once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._rows: list[tuple[Table, Row]] | None = None
        self._starts: list[int] = []

    def _read(self) -> list[tuple[Table, Row]]:
        if self._rows is None:
            self._rows = [(table, row) for table in tables_in(self.text) for row in table.rows]
            self._starts = [row.start for _, row in self._rows]
        return self._rows

    def row_at(self, at: int) -> tuple[Table, Row] | None:
        """The row holding offset `at` (its line's content, ends included), with its table; None outside any."""
        rows = self._read()
        k = bisect.bisect_right(self._starts, at) - 1
        if k >= 0 and at <= rows[k][1].end:
            return rows[k]
        return None

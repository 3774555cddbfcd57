"""The year a chronology table's row stands in (issue 14, tables).

A chronology printed as a table often gives the year a column of its own and the day and month another
(`| 年份 | 月日 | 事件 |`, `| Year | Date | Event |`): a row reads `| 2012 | 1月30日 | … |`, and a row whose year
cell is empty stands in the year of the row above, which the printer left out because it repeats. A reader takes
the row's yearless date in that year; so does the dates stage, by giving the row the year as the heading it already
gives a chronology's lines under a year alone on its line. A year cell is a year alone (`2012`, `2012年`); a row
whose date column holds anything else (a full date, a month) is left to the usual reading, and a table that never
gives a year alone in its date column has no row years."""

from __future__ import annotations

import re

from allyscope.layout.tables import Table, tables_in

_YEAR_CELL = re.compile(r"\s*(?P<year>(?:1[89]|20)\d{2})\s*年?\s*")
"""A cell that is a year alone: the row's year."""


def _years_of(table: Table, text: str) -> dict[int, tuple[int, int, int]]:
    column = table.date
    if column is None:
        return {}
    out: dict[int, tuple[int, int, int]] = {}
    year: int | None = None
    for row in table.rows[1:] if table.header else table.rows:
        if len(row.cells) <= column:
            year = None
            continue
        a, b = row.cells[column]
        cell = text[a:b]
        match = _YEAR_CELL.fullmatch(cell)
        if match is not None:
            year = int(match.group("year"))
        elif cell.strip():
            year = None  # a date of its own: the rows after it no longer stand under a year cell
            continue
        if year is not None:
            out[row.start] = (year, a, b)
    return out


def row_years(text: str) -> dict[int, tuple[int, int, int]]:
    """Row start → (the year the row stands in, its year cell's `[start, end)` in `text`), for the rows of
    `text`'s tables whose date column gives a year alone, or is left empty under a row that gave one. The year
    cell heads the row as a year alone on its line heads a chronology's lines: it dates no act of its own when
    another date of the row stands in it."""
    out: dict[int, tuple[int, int, int]] = {}
    if "|" not in text and "\t" not in text and "   " not in text:
        return out  # no row of any table (bars, tabs or aligned spaces) without one of these
    for table in tables_in(text):
        out |= _years_of(table, text)
    return out

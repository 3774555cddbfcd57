"""Writers printed side by side, each over their own lines of affiliation (a proceedings paper's front page
copied with its layout kept): the names on one line parted by wide gaps, then lines holding as many cells, the
cell under each name that writer's department, institution, city or mail address.

The byline reading takes the names line apart into its names already; the lines under it are read here, cell by
cell, since a line of three institutions names no one and a line of three cities is no line of names."""

from __future__ import annotations

import re

from allyscope.model import Document, Span
from allyscope.structure.names import _names_only

_CELL = re.compile(r"[^ \t]+(?:[ \t][^ \t]+)*")  # words parted by single spaces: two spaces or more end a cell
# (an ideographic space is inside a cell: it parts the names of a CJK byline, `孙立群　周雅文`, no columns)
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAMES_ROW_REACH = 2  # the names line is the first or second front line under the title


def _cells(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CELL.finditer(text)]


def column_cells(doc: Document, rest: list[Span]) -> tuple[list[Span], set[int]]:
    """Spans of the cells of the lines under a line of two or more names parted by wide gaps (`affiliation`, or
    `contact` for a mail address), each line holding as many cells as there are names, and the starts of those
    lines; none where no such names line opens the front lines `rest`."""
    for at, para in enumerate(rest[:_NAMES_ROW_REACH]):
        text = doc.span_text(para)
        names = _cells(text)
        if len(names) < 2 or "\n" in text or not all(_names_only(text[a:b]) for a, b in names):
            continue
        spans: list[Span] = []
        taken: set[int] = set()
        for row in rest[at + 1 :]:
            row_text = doc.span_text(row)
            cells = _cells(row_text)
            if len(cells) != len(names) or "\n" in row_text:
                break
            for a, b in cells:
                kind = "contact" if _MAIL.fullmatch(row_text[a:b]) else "affiliation"
                spans.append(Span(kind, row.start + a, row.start + b, row.page))
            taken.add(row.start)
        return spans, taken
    return [], set()

"""Two text columns printed side by side on each line (`pdftotext -layout`), read as one column after the other.

A layout-keeping extractor writes a two-column page line by line across both columns: the left column's line,
a gutter of spaces, the right column's line. Read as they stand, every line joins two unrelated half-sentences.
A run of such lines is told by its gutter: on each of several lines a gap of spaces (`columns.gutter` or more,
`data/layouts/pages.json`) ends at one position, the right column's left edge, and every line of the run is
either split there by spaces, or ends before it (the left column alone), or starts at it (the right column
alone). The pieces on both sides must read as wrapped text (most of them fill their column: a table's short
cells do not), so a table of two aligned columns keeps its rows.

Each line of a run becomes two `Line`s, its left piece and its right piece, each keeping its own raw offsets (the
right piece's indent is the gutter), and the run is written left pieces first, then right pieces: the body then
reads down the left column and on down the right one, as printed. Lines outside such runs (a centred title, notes
under the columns, full-width lines) stay where they are.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import MutableSequence, Sequence
from functools import cache
from importlib import resources
from typing import Any

from allyscope.layout.line_objects import BODY, PAGE_BREAK, Line
from allyscope.layout.lines import LineFacts, ends_sentence, split_lines
from allyscope.layout.notes import is_label_line, note_start


@cache
def _settings() -> dict[str, Any]:
    pages = json.loads(resources.files("allyscope.data").joinpath("layouts/pages.json").read_text("utf-8"))
    settings: dict[str, Any] = pages["columns"]
    return settings


@cache
def _gap() -> re.Pattern[str]:
    return re.compile(rf"(?<=\S) {{{_settings()['gutter']},}}(?=\S)")


def may_hold_columns(raw: str) -> bool:
    """Whether `raw` has gaps wide enough to be a gutter on enough lines to make a run (most texts have none or a
    few, `〔提   要〕`: nothing more is read)."""
    spaces = " " * _settings()["gutter"]
    need = _settings()["rows"]
    at = raw.find(spaces)  # runs of spaces found by `str.find`: a search of the expression ran 0.4 ms on 20,000
    while at >= 0:  # characters, for an answer most texts give in microseconds
        end = at + len(spaces)
        while end < len(raw) and raw[end] == " ":
            end += 1
        if at and not raw[at - 1].isspace() and end < len(raw) and not raw[end].isspace():
            need -= 1
            if not need:
                return True
        at = raw.find(spaces, end)
    return False


def _width(content: str) -> float:
    return len(content) if content.isascii() else (len(content.encode("utf-8")) + len(content)) / 2


def _edge(line: Line) -> int:
    """The column where the text after the first gutter-wide gap of `line` starts, or -1."""
    found = _gap().search(line.content)
    return len(line.indent) + found.end() if found else -1


def _split(line: Line, edge: int) -> tuple[str, str] | None:
    """`line` cut at column `edge` into its left and right pieces (either may be empty), or None when text
    crosses the edge (a full-width line)."""
    whole = line.indent + line.content
    if len(whole) <= edge - 2:
        return whole.strip(), ""
    if whole[edge - 2 : edge] != "  " and whole[:edge].strip():
        return None
    return whole[:edge].strip(), whole[edge:].strip()


def _piece(index: int, line: Line, at: int, content: str) -> Line:
    """A `Line` for `content`, which stands in `line` from column `at` on: its raw offsets are the line's."""
    start = line.start + at
    whole = line.indent + line.content
    indent = whole[at : whole.index(content, at)] if content else ""
    return Line(index, start, start + len(indent) + len(content), content, indent, BODY, _width(content), 0)


def _run(lines: Sequence[Line], first: int, edge: int, rows: int) -> tuple[int, int] | None:
    """The run of lines around `first` (a gutter line) that `edge` cuts, `rows` gutter lines at least: its
    first and last index, or None."""
    end = first
    last = first  # the run's last line holding both columns
    gutters = 0
    blanks = 0
    k = first
    while k < len(lines):
        line = lines[k]
        if line.role == PAGE_BREAK:
            break
        if not line.content:
            blanks += 1
            if blanks > 1:
                break
            k += 1
            continue
        pieces = _split(line, edge)
        if pieces is None:
            break
        if blanks and not (pieces[0] and pieces[1]):
            break  # after an empty line only a line of both columns goes on with the run
        blanks = 0
        if pieces[0] and pieces[1]:
            gutters += 1
            last = k
        end = k
        k += 1
    if gutters < rows:
        return None
    end = _above_notes_label(lines, first, last, end, edge)
    start = first
    while start > 0 and lines[start - 1].content and (pieces := _split(lines[start - 1], edge)) is not None:
        if not pieces[0] or not pieces[1]:
            break  # a lone piece just above the run: a head over the page, not yet a column
        start -= 1
    return start, end


def _above_notes_label(lines: Sequence[Line], first: int, last: int, end: int, edge: int) -> int:
    """The run's end, cut above a notes label standing alone under its last line of both columns (`脚注`,
    `Notes`) where no line of the right column opens a note: the notes under a page's columns are set across the
    page, and a CJK note may be shorter than a column, so it no longer crosses the gutter; the label, the notes
    and the page's foot under it are no column's lines (read as the left column's, they came before the right
    column, which then ran on from the last note). A reference list that goes on in the right column (`[3] …`
    beside the left column's end) is the columns' own, its label with it."""
    for k in range(last + 1, end + 1):
        if lines[k].content and is_label_line(lines[k].content, _NOTES_LABEL):
            rights = (pieces[1] for line in lines[first : last + 1] if (pieces := _split(line, edge)) is not None)
            return end if any(note_start(right) is not None for right in rights if right) else k - 1
    return end


_NOTES_LABEL = ("notes_section",)


def _filled(lines: Sequence[Line], start: int, end: int, edge: int) -> bool:
    """Whether both sides of the run read as wrapped text: most pieces fill their column."""
    settings = _settings()
    fill: float = settings["fill"]
    left: list[float] = []
    right: list[float] = []
    gapped = 0  # right pieces with a gutter of their own: a table's third column
    for line in lines[start : end + 1]:
        pieces = _split(line, edge) if line.content else None
        if pieces and pieces[0] and pieces[1]:
            left.append(_width(pieces[0]))
            right.append(_width(pieces[1]))
            gapped += _gap().search(pieces[1]) is not None
    if not left or gapped:
        return False
    left_full = max(left)
    right_full = max(right)
    return (
        min(left_full, right_full) >= settings["width"]
        and sum(width >= fill * left_full for width in left) > len(left) / 2
        and sum(width >= fill * right_full for width in right) > len(right) / 2
    )


def _runs_at(lines: Sequence[Line], edges: list[int], edge: int, least: int, runs: list[tuple[int, int, int]]) -> None:
    """Add to `runs` the runs of columns at `edge` with `least` gutter lines or more that overlap none found."""
    k = 0
    while k < len(lines):
        if edges[k] != edge or any(a <= k <= b for a, b, _ in runs):
            k += 1
            continue
        found = _run(lines, k, edge, least)
        confirmed = least < _settings()["rows"]  # the edge of a full run: its short runs need not fill
        if (
            found is None
            or not (confirmed or _filled(lines, *found, edge))
            or any(a <= found[1] and found[0] <= b for a, b, _ in runs)
        ):
            k += 1
            continue
        runs.append((*found, edge))
        k = found[1] + 1


def _full_feet(column: list[Line]) -> None:
    """A column's last line, when its sentence goes on (no stop ends it), counts as a full line: it ends where
    the column ends, not where a paragraph does, and the text runs on at the next column's head."""
    last = next((line for line in reversed(column) if line.content), None)
    if last is not None and not ends_sentence(last.content):
        last.width = max(line.width for line in column if line.content)


def _cut_at(lines: Sequence[Line], edges: list[int], edge: int) -> int:
    """How many lines a gutter cuts at `edge` into two pieces with text on both sides: the lines whose gap ends at
    `edge`, and those whose gap covers it and ends further on (a right column's item wrapped under its bullet,
    indented past the column's edge, `• Reports shared …` over `  centres mattered …`)."""
    return sum(
        1
        for line, found in zip(lines, edges, strict=True)
        if found >= edge and (pieces := _split(line, edge)) is not None and pieces[0] and pieces[1]
    )


_CENTRED = 4  # spaces from the margin at least, and its middle this near the page's: a line set centred


def unfold_columns(lines: Sequence[Line]) -> tuple[list[Line], float] | None:
    """`lines` with each run of side-by-side columns written as its left column, then its right column, and the
    width of a full line of a column (the pieces' `typical_width`: the text's lines are mostly the columns', and
    a column's full line is what a line ending short is measured against); None when there is no such run (the
    lines stand as they are)."""
    if not isinstance(lines, list):
        return None  # a big file's compact lines: no layout-keeping copy of a journal page is that big
    spaces = " " * _settings()["gutter"]
    edges = [_edge(line) if spaces in line.content else -1 for line in lines]  # a substring test first: fast
    counts = Counter(edge for edge in edges if edge > 0)
    for edge in [e for e, seen in counts.items() if 1 < seen < _settings()["rows"]]:
        counts[edge] = _cut_at(lines, edges, edge)  # a right column's hanging lines (`• …` over `  …`) cut there too
    runs: list[tuple[int, int, int]] = []
    rows = _settings()["rows"]
    for edge, seen in counts.most_common():
        if seen < rows:
            break
        for least in (rows, 2):  # a page's last lines of columns whose edge a full run of this text confirmed
            if least < rows and not any(e == edge for *_, e in runs):
                break
            _runs_at(lines, edges, edge, least, runs)
    if not runs:
        return None
    out: list[Line] = []
    widths: list[float] = []
    rights: set[int] = set()
    columned: set[int] = set()  # the pieces of the runs
    at = 0
    for start, end, edge in sorted(runs):
        out.extend(lines[at:start])
        left: list[Line] = []
        right: list[Line] = []
        for line in lines[start : end + 1]:
            if not line.content:
                left.append(line)
                continue
            pieces = _split(line, edge)
            assert pieces is not None  # every line of a run splits
            if pieces[0]:
                left.append(_piece(0, line, 0, pieces[0]))
            if pieces[1]:
                right.append(_piece(0, line, edge, pieces[1]))  # indented from the column's edge
        _full_feet(left)
        _full_feet(right)
        out.extend(left)
        out.extend(right)
        rights.update(id(line) for line in right)
        columned.update(id(line) for line in left + right if line.content)
        widths.extend(line.width for line in left + right if line.content)
        at = end + 1
    out.extend(lines[at:])
    # the page's left margin, which such an extractor keeps on every line, is no indent: the lines are read
    # from it (a right piece is indented from its column's edge already)
    lefts = [line for line in out if line.content and id(line) not in rights]
    margin = min((len(line.indent) - len(line.indent.lstrip(" ")) for line in lefts), default=0)
    for line in lefts if margin else ():
        line.start += margin
        line.indent = line.indent[margin:]
    page = max((len(line.indent) + len(line.content) for line in lefts), default=0)
    for line in lefts:
        if len(line.indent) >= _CENTRED and abs(2 * len(line.indent) + len(line.content) - page) <= 2 * _CENTRED:
            line.start += len(line.indent)  # a centred line (a title, a name, a page number): no indent
            line.indent = ""
    for index, line in enumerate(out):
        line.index = index
    turn = next((line.index for line in out if line.role == PAGE_BREAK), None)
    if turn is not None and all(id(line) not in columned for line in out[turn:]):
        # columns on the cover only, the text's pages full-width: the text's lines tell a full line, as they do
        # where no column is found (a bio under the text is no column's full line run on)
        widths = [line.width for line in out[turn:] if line.content] or widths
    widths.sort()
    return out, float(widths[min(len(widths) - 1, int(len(widths) * 0.8))])


def recount(lines: Sequence[Line], watch: frozenset[str], watched: MutableSequence[int], facts: LineFacts) -> None:
    """`split_lines`' by-products counted again over unfolded lines: the lines that may be furniture (`watched`)
    and the `LineFacts`."""
    del watched[:]
    noted = facts.noted
    del noted[:]
    text = spaced = followed = 0
    filled = False
    for index, line in enumerate(lines):
        content = line.content
        if not content:
            followed += filled
            filled = False
            continue
        if content[0] in watch:
            watched.append(index)
        if content[0] in facts.initials:
            noted.append(index)
        text += 1
        spaced += line.indent == " "
        filled = True
    facts.text, facts.spaced, facts.followed = text, spaced, followed


def read_in_columns(raw: str) -> str:
    """`raw` with its side-by-side columns read one after the other, a line each: the order the body keeps
    (for checks that the body loses and reorders nothing else)."""
    lines = split_lines(raw)
    unfolded = unfold_columns(lines) if may_hold_columns(raw) else None
    return "\n".join(line.content for line in (unfolded[0] if unfolded else lines))

"""From what a reader saw in a file (blocks, lines, runs, notes) to the `Document` the text path makes.

A PDF, an HTML page and a Word file each tell their structure directly: which lines form a paragraph, which
block is a heading and how deep, which raised number is a note marker, which small block at the foot of a
page is a note. Readers describe that as a `Reading`; this module writes it out once, the same way for all
three, so that the later stages (structure, linking, references, events) see the document the text path
would have made from a perfect plain text:

- `raw` is the text the reader took from the file, page by page (separated by form feeds): each physical line
  on a line of its own, blank lines between blocks, a page's footnotes after its body, endnotes at the end.
  It is what offsets point back to, and what evidence shows; scripts, navigation and page furniture are
  never in it (they are not text of the document).
- `text` is the body: lines of one block joined (nothing between CJK characters, a layout hyphen removed in
  English, a space otherwise), blocks separated by a newline; a marker printed as a bare raised number is
  written `[12]`, its brackets inserted, exactly as the text path writes a number glued to a word.
- `notes_text` holds the notes, one per line, without their printed numbers.
- `boxes` maps raw offsets to page and box when the reader had geometry (PDF).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from allyscope.layout.headings import heading_shape
from allyscope.layout.joining import join
from allyscope.model import Box, Document, Footnote, Heading, Marker, PageBoxes, Span, TextBuilder
from allyscope.reading import content_key


@dataclass(slots=True)
class Run:
    """A stretch of one line's text; `marker` is the note number it cites when the run is a note marker."""

    text: str
    marker: int | None = None
    box: Box | None = None


@dataclass(slots=True)
class SourceLine:
    """One physical line as the file printed it (a whole paragraph, for files without pages)."""

    runs: list[Run]
    page: int = 1

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(slots=True)
class Block:
    """A paragraph, a heading (`level` from 1) or an author's name (stated by the file) of the body, as lines."""

    kind: str
    lines: list[SourceLine]
    level: int = 0

    @property
    def page(self) -> int:
        return self.lines[0].page if self.lines else 1


@dataclass(slots=True)
class SourceNote:
    """One footnote or endnote: its number, the number as printed before it, and its lines."""

    number: int
    lines: list[SourceLine]
    kind: str = "footnote"
    printed: str = ""

    @property
    def page(self) -> int:
        return self.lines[0].page if self.lines else 1


@dataclass(slots=True)
class Reading:
    """Everything a reader found in a file, before it is written out as a `Document`."""

    source: str
    source_type: str
    blocks: list[Block]
    notes: list[SourceNote] = field(default_factory=list)
    pages: int = 1
    encoding: str = "utf-8"
    meta: dict[str, Any] = field(default_factory=dict)


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def join_rule(before: str, after: str) -> tuple[int, str]:
    """How two lines of one block join: `(characters to drop from the end of before, text to insert)`.

    The text path's rules (`layout.joining.join`: nothing next to CJK text, a layout hyphen removed before a
    lower-case letter, nothing inside a URL or a broken number, a space between Latin words), and also the
    hyphens a typesetter inserts itself (U+2010, the soft hyphen) removed the same way.
    """
    if not before or not after:
        return 0, ""
    if before[-1].isspace() or after[0].isspace():
        return 0, ""
    if before[-1] in "\u2010\u00ad" and len(before) >= 2 and before[-2].isalpha() and after[0].islower():
        return 1, ""
    return join(before, after)


def _prefix(note: SourceNote) -> str:
    return (note.printed or str(note.number)) + " "


def marker_style(printed: str) -> str:
    """The marker family of a printed marker: `[3]` bracket, `①` circled, `³`/`3` superscript (number)."""
    if printed.startswith(("[", "［")):
        return "bracket"
    if printed and printed[0] in _CIRCLED:
        return "circled"
    return "superscript"


_NOTE_STYLE = {"bracket": "bracket", "circled": "circled", "superscript": "number"}
_LINE = re.compile(r"[\r\n\f\v\x1c-\x1e\x85\u2028\u2029]")


def _clean_line(text: str) -> str:
    """A line as raw holds it: no line breaks inside (they would split it)."""
    return _LINE.sub(" ", text)


class _RawWriter:
    """Writes the raw text and remembers, for every run, where it stands in raw (and its box)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.pages: list[int] = []
        self.boxes: list[Box] = []

    def write(self, text: str) -> int:
        at = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return at

    def line(self, line: SourceLine, prefix: str = "") -> list[tuple[int, Run]]:
        """Write one line; returns each run with its raw start."""
        placed = []
        if prefix:
            self.write(prefix)
        for run in line.runs:
            text = _clean_line(run.text)
            run.text = text
            at = self.write(text)
            placed.append((at, run))
            if run.box is not None and text:
                self.starts.append(at)
                self.ends.append(at + len(text))
                self.pages.append(line.page)
                self.boxes.append(run.box)
        self.write("\n")
        return placed

    def page_boxes(self) -> PageBoxes | None:
        if not self.starts:
            return None
        return PageBoxes(tuple(self.starts), tuple(self.ends), tuple(self.pages), tuple(self.boxes))


def _placed_lines(writer: _RawWriter, lines: Iterable[SourceLine], prefix: str = "") -> list[list[tuple[int, Run]]]:
    out = []
    for i, line in enumerate(lines):
        out.append(writer.line(line, prefix if i == 0 else ""))
    return out


def _write_raw(reading: Reading) -> tuple[_RawWriter, dict[int, list[list[tuple[int, Run]]]], list[Any]]:
    """Raw text page by page: body blocks, then that page's footnotes; endnotes at the end."""
    writer = _RawWriter()
    placed_blocks: dict[int, list[list[tuple[int, Run]]]] = {}
    placed_notes: list[Any] = []
    by_page: dict[int, list[tuple[int, list[SourceLine]]]] = {}
    for b, block in enumerate(reading.blocks):
        pages: dict[int, list[SourceLine]] = {}
        for line in block.lines:
            pages.setdefault(line.page, []).append(line)
        for page, lines in pages.items():
            by_page.setdefault(page, []).append((b, lines))
    footnotes: dict[int, list[SourceNote]] = {}
    endnotes: list[SourceNote] = []
    for note in reading.notes:
        if note.kind == "footnote":
            footnotes.setdefault(note.page, []).append(note)
        else:
            endnotes.append(note)
    last_page = max([reading.pages, *by_page, *footnotes], default=1)
    block_index = 0
    for page in range(1, last_page + 1):
        if page > 1:
            writer.write("\f\n")
        for b, lines in by_page.get(page, []):
            placed_blocks.setdefault(b, []).extend(_placed_lines(writer, lines))
            writer.write("\n")
        notes = footnotes.get(page, [])
        for note in notes:
            placed_notes.append((block_index, note, _placed_lines(writer, note.lines, _prefix(note))))
        if notes:
            block_index += 1
    if endnotes:
        writer.write("\n")
        for note in endnotes:
            placed_notes.append((block_index, note, _placed_lines(writer, note.lines, _prefix(note))))
    return writer, placed_blocks, placed_notes


def _copy_lines(
    builder: TextBuilder, lines: list[list[tuple[int, Run]]], markers: list[Marker] | None, page_of: list[int]
) -> None:
    """Copy the runs of a block's lines into `builder`, joining the lines and writing markers."""
    previous = ""
    ended_with_marker = False
    for index, placed in enumerate(lines):
        text = "".join(run.text for _, run in placed)
        if index and previous:
            starts_with_marker = bool(placed) and placed[0][1].marker is not None
            drop, insert = (0, "") if starts_with_marker else join_rule(previous, text.lstrip() or text)
            if drop and not ended_with_marker:
                builder.drop_last(drop)
            if insert:
                builder.insert(insert, placed[0][0] if placed else 0)
        lead = len(text) - len(text.lstrip()) if index else 0
        for at, run in placed:
            body = run.text
            if lead:
                cut = min(lead, len(body))
                at, body, lead = at + cut, body[cut:], lead - cut
            if not body:
                continue
            if run.marker is not None and markers is not None:
                printed = body.strip()
                style = marker_style(printed)
                start = builder.position
                if style == "superscript":
                    builder.insert("[", at)
                    builder.copy(at, at + len(body))
                    builder.insert("]", at + len(body))
                else:
                    builder.copy(at, at + len(body))
                markers.append(Marker(start, builder.position, (run.marker,), style, printed, page=page_of[index]))
            else:
                builder.copy(at, at + len(body))
        words = "".join(run.text for _, run in placed if run.marker is None)  # markers say nothing of the join
        previous = words.rstrip() if words.strip() else previous
        if placed:
            ended_with_marker = placed[-1][1].marker is not None and markers is not None


_AUTHOR_SPLIT = re.compile(r"\s*(?:[、,，;；&]|\band\b|\u3000|\s{2,})\s*")


def _author_spans(text: str, start: int, page: int) -> list[Span]:
    """One span per name of a byline (names split at commas, `and`, ideographic or double spaces)."""
    spans = []
    cursor = 0
    for match in [*_AUTHOR_SPLIT.finditer(text), None]:
        piece_end = match.start() if match else len(text)
        name = text[cursor:piece_end]
        lead = len(name) - len(name.lstrip())
        name = name.strip()
        if name:
            spans.append(Span("author", start + cursor + lead, start + cursor + lead + len(name), page))
        if match:
            cursor = match.end()
    return spans


def assemble(reading: Reading) -> Document:
    """Write a `Reading` out as a `Document` with body, notes, spans, headings, markers and page boxes."""
    writer, placed_blocks, placed_notes = _write_raw(reading)
    raw = "".join(writer.parts)
    body = TextBuilder(raw)
    spans: list[Span] = []
    headings: list[Heading] = []
    markers: list[Marker] = []
    bylines: list[tuple[int, int, int]] = []
    for b, block in enumerate(reading.blocks):
        lines = placed_blocks.get(b, [])
        if not lines or not any(run.text.strip() for placed in lines for _, run in placed):
            continue
        if body.position:
            body.insert("\n", lines[0][0][0] if lines[0] else 0)
        start = body.position
        page_of = [line.page for line in block.lines]
        _copy_lines(body, lines, markers if block.kind != "heading" else None, page_of)
        end = body.position
        if block.kind == "heading":
            text = "".join(run.text for placed in lines for _, run in placed).strip()
            shape = heading_shape(text)
            offset = shape.title_offset if shape else 0
            label, numbering = (shape.label, shape.numbering) if shape else ("", "")
            headings.append(Heading(start, end, max(1, block.level), label, "", numbering, page=block.page))
            spans.append(Span("heading-title", min(end, start + offset), end, block.page))
        elif block.kind == "author":
            bylines.append((start, end, block.page))
        else:
            spans.append(Span("paragraph", start, end, block.page))
    text, body_map = body.build()
    for start, end, page in bylines:
        spans += _author_spans(text[start:end], start, page)
    notes_builder = TextBuilder(raw)
    footnotes: list[Footnote] = []
    style = _NOTE_STYLE[marker_style(markers[0].printed)] if markers else "number"
    for block_index, note, lines in placed_notes:
        if not lines:
            continue
        if notes_builder.position:
            notes_builder.insert("\n", lines[0][0][0] if lines[0] else 0)
        start = notes_builder.position
        raw_first = (lines[0][0][0] if lines[0] else 0) - len(_prefix(note))
        _copy_lines(notes_builder, lines, None, [line.page for line in note.lines])
        raw_end = max((at + len(run.text) for placed in lines for at, run in placed), default=raw_first)
        footnotes.append(
            Footnote(
                id=f"fn{block_index}.{note.number}",
                block=block_index,
                number=note.number,
                page=note.page,
                start=start,
                end=notes_builder.position,
                raw_start=max(0, raw_first),
                raw_end=raw_end,
                style=style,
                kind=note.kind,
            )
        )
    notes_text, notes_map = notes_builder.build()
    meta: list[tuple[str, Any]] = [
        ("sha256", content_key(raw)),
        ("source_type", reading.source_type),
        *sorted(reading.meta.items()),
        ("pages", max(1, reading.pages)),
        ("double_spaced", False),
    ]
    return Document(
        raw=raw,
        source=reading.source,
        encoding=reading.encoding,
        text=text,
        body_map=body_map,
        notes_text=notes_text,
        notes_map=notes_map,
        spans=tuple(spans),
        headings=tuple(headings),
        markers=tuple(markers),
        footnotes=tuple(footnotes),
        meta=tuple(meta),
        boxes=writer.page_boxes(),
    )


def number_of(printed: str) -> int | None:
    """The number a printed marker or note number stands for (`12`, `¹²`, `[3]`, `③`), or None."""
    token = printed.strip().strip("[]［］()（）.．").translate(_SUPERSCRIPTS)
    if len(token) == 1 and token in _CIRCLED:
        return _CIRCLED.index(token) + 1
    return int(token) if token.isdigit() and len(token) <= 4 else None

"""Born-digital PDFs: characters with their positions and sizes (PDFium), laid out by geometry.

What the file itself shows decides, not guesses about flattened text:

- *lines*: characters whose boxes sit on one band of the page, in reading order; a page whose lines fall in
  two side-by-side groups is read column by column;
- *markers*: digits smaller than their line and raised above its baseline (a superscript, also when glued to
  a word: `summit.¹²`);
- *page furniture*: a line in the top or bottom margin band whose shape (digits ignored) comes back at the same
  height on several pages — running heads, journal lines, page numbers — is not text of the document;
- *the note zone*: the run of lines at the foot of a page set in smaller type than the body, starting with a
  note number; an endnote section is a notes label (`注释`, `Notes`, …) followed by numbered lines;
- *headings*: lines in larger (or bold) type standing alone, their levels by size; the largest type on the
  first page is the title;
- *paragraphs*: a new one where the vertical gap grows, the first line is indented, or the line before ended
  short of the column.

The result is a `Reading` (see `assemble`) whose runs keep their page boxes, so every span of the document
can say where it stands on which page. PDFium (pypdfium2) is used rather than pdfminer.six / pdfplumber
because it reads pages about three times faster and maps CJK fonts to Unicode at least as well (see
docs/sources.md for the measurement); not PyMuPDF, whose licence (AGPL) would bind the whole project.

Limits against crafted files: at most `MAX_PAGES` pages and `MAX_CHARS` characters per page; an encrypted
file, a damaged one or one without any text layer (a scan: run OCR first, e.g. `ocrmypdf`) is refused
with one line naming the problem.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from statistics import median
from typing import Any

from allyscope.errors import DamagedInputError, NeedsOcrError
from allyscope.layout.joining import is_cjk
from allyscope.layout.notes import is_section_label
from allyscope.model import Box
from allyscope.sources.assemble import Block, Reading, Run, SourceLine, SourceNote, number_of

MAX_PAGES = 5000
MAX_CHARS = 200_000  # characters on one page
REOPEN_EVERY = 40  # pages read between two openings of the document (see read_pdf)
MARGIN_BAND = 0.12  # share of the page height at top and bottom where furniture stands
_DIGITS = re.compile(r"\d+")
_NOTE_NUMBER = re.compile(r"^\s*(\[\d{1,3}\]|［\d{1,3}］|[①-⑳]|\d{1,3}[.．]?|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?:\s+|(?=\S))")


@dataclass(slots=True)
class Char:
    char: str
    x0: float
    top: float
    x1: float
    bottom: float
    baseline: float
    size: float
    index: int = -1  # PDFium's index of the character on its page


@dataclass(slots=True)
class PdfLine:
    """A line of one page: its characters, band and the facts geometry gives about it."""

    page: int
    chars: list[Char]
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    baseline: float = 0.0
    size: float = 0.0
    bold: bool = False
    role: str = "body"
    mid: float = 300.0
    text: str = ""
    runs: list[Run] = field(default_factory=list)

    def finish(self) -> None:
        normal = [c for c in self.chars if not c.char.isspace()] or self.chars
        sizes = Counter(round(c.size, 1) for c in normal)
        self.size = sizes.most_common(1)[0][0]
        body = [c for c in normal if c.size >= 0.85 * self.size] or normal
        self.x0 = min(c.x0 for c in normal)
        self.x1 = max(c.x1 for c in normal)
        self.top = min(c.top for c in body)
        self.bottom = max(c.bottom for c in body)
        self.baseline = median(c.baseline for c in body)


class _Text:
    """One page's characters from PDFium, a few calls per character."""

    def __init__(self, textpage: object, height: float) -> None:
        import pypdfium2.raw as pdfium_c

        self.c = pdfium_c
        self.tp = textpage
        self.height = height

    def chars(self) -> Iterator[Char]:
        c, tp, height = self.c, self.tp, self.height
        count = c.FPDFText_CountChars(tp)
        if count > MAX_CHARS:
            raise _TooMany(count)
        if count <= 0:
            return
        buffer = ctypes.create_string_buffer((count + 1) * 2)
        c.FPDFText_GetText(tp, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
        units = memoryview(buffer.raw).cast("H")
        rect = c.FS_RECTF()
        x = ctypes.c_double()
        y = ctypes.c_double()
        loose = c.FPDFText_GetLooseCharBox
        origin = c.FPDFText_GetCharOrigin
        rect_ref = ctypes.byref(rect)
        x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
        for i in range(count):
            code = units[i]
            if code in (13, 10, 0xFFFE, 0xFFFF, 2):
                continue
            char = chr(code)
            if not loose(tp, i, rect_ref):
                continue
            origin(tp, i, x_ref, y_ref)
            top = height - rect.top
            bottom = height - rect.bottom
            if char.isspace() and bottom - top <= 0.5:
                yield Char(" ", rect.left, top, rect.right, bottom, height - y.value, 0.0, i)
                continue
            yield Char(char, rect.left, top, rect.right, bottom, height - y.value, bottom - top, i)

    def bold(self, line: PdfLine) -> bool:
        """True when the line is set in a bold face: its first and last characters have a weight of 600 or
        more, or a font whose name says bold, heavy or black."""
        letters = [c for c in line.chars if c.index >= 0 and c.size >= 0.85 * line.size and not c.char.isspace()]
        return bool(letters) and all(self._bold_char(c.index) for c in (letters[0], letters[-1]))

    def _bold_char(self, index: int) -> bool:
        """A weight of 600 or more, or (many files state no weight, or 400 for every face) a font name that
        says bold."""
        c = self.c
        if c.FPDFText_GetFontWeight(self.tp, index) >= 600:
            return True
        buffer = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        size = c.FPDFText_GetFontInfo(self.tp, index, buffer, 128, ctypes.byref(flags))
        name = buffer.raw[: max(0, size - 1)].decode("latin-1", "replace").lower()
        return any(word in name for word in ("bold", "heavy", "black", "-w6", "-w7", "-w8", "-w9"))


class _TooMany(Exception):
    pass


def _lines_of(page: int, chars: Iterator[Char]) -> list[PdfLine]:
    """Characters in content order → lines: a character starts a new line when it leaves the current band."""
    lines: list[PdfLine] = []
    current: list[Char] = []
    top = bottom = 0.0
    last_x = 0.0
    largest = 0.0
    for ch in chars:
        if ch.size == 0.0:  # a space with no box: belongs where it stands
            if current:
                current.append(ch)
            continue
        mid = (ch.top + ch.bottom) / 2
        # a line may open with a raised marker: larger type after it continues the line when it holds the
        # marker's band
        small_so_far = bool(current) and largest < 0.85 * ch.size and ch.top - 0.5 <= (top + bottom) / 2 <= ch.bottom
        if current and (top - 0.5 <= mid <= bottom + 0.5 or small_so_far) and ch.x0 >= last_x - 2 * ch.size:
            current.append(ch)
            if ch.size >= 0.85 * (bottom - top):
                top, bottom = min(top, ch.top), max(bottom, ch.bottom)
            largest = max(largest, ch.size)
        else:
            if current:
                lines.append(PdfLine(page, current))
            current = [ch]
            top, bottom = ch.top, ch.bottom
            largest = ch.size
        last_x = ch.x1
    if current:
        lines.append(PdfLine(page, current))
    out = []
    for line in lines:
        while line.chars and line.chars[-1].char.isspace():
            line.chars.pop()
        while line.chars and line.chars[0].char.isspace():
            line.chars.pop(0)
        if line.chars:
            line.chars = _latin_words(line.chars)
            line.finish()
            out.append(line)
    return _merge_bands(out)


_WIDE_LATIN = {c: chr(c - 0xFEE0) for r in ((0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(r[0], r[1] + 1)}
_SPACED_LETTERS = 3  # `J o h n`: at least this many single letters, one space between each


def _latin_words(chars: list[Char]) -> list[Char]:
    """A line's Latin names as words, however the PDF set them (why: CJK typesetting prints a Latin name in
    full-width letters, parts it with an ideographic space, or spaces its letters out, and the byline's and the
    text's names must read as names): full-width letters become ASCII letters (`Ｊｏｈｎ` → `John`); an
    ideographic space between two Latin words standing alone (`PARK　Minjun`, not `Anna Berg　Tom Hale`, two
    names) becomes a space; letters spaced out one by one (`J o h n  S m i t h`) are joined, the wider gaps
    between them kept as the spaces between words."""
    text = "".join(c.char for c in chars)
    wide = not _WIDE_LATIN_CHARS.isdisjoint(text)
    if not wide and "\u3000" not in text and _SPACED_RUN.search(text) is None:
        return chars  # the common line: nothing to do, one pass over its text
    out = [replace(c, char=_WIDE_LATIN[ord(c.char)]) if c.char in _WIDE_LATIN_CHARS else c for c in chars]
    if wide:
        text = "".join(c.char for c in out)
    for match in _TWO_WORDS.finditer(text):
        at = match.start("gap")
        out[at] = replace(out[at], char=" ")
    return _unspaced(out)


_WIDE_LATIN_CHARS = frozenset(chr(c) for c in _WIDE_LATIN)
_TWO_WORDS = re.compile(
    r"(?<![A-Za-z \u3000.])[A-Za-z][A-Za-z'’.-]+(?P<gap>\u3000)[A-Za-z][A-Za-z'’.-]+(?![A-Za-z]|[ \u3000][A-Za-z])"
)


def _unspaced(chars: list[Char]) -> list[Char]:
    """`chars` with the spaces inside letter-spaced words taken out: a run of single letters, a space between
    each, whose narrowest gap is the letter spacing; a gap wider by half again is a space between words."""
    text = "".join(c.char for c in chars)
    drop: set[int] = set()
    for match in _SPACED_RUN.finditer(text):
        letters = [k for k in range(match.start(), match.end()) if chars[k].char != " "]
        if len(letters) < _SPACED_LETTERS:
            continue
        gaps = [chars[b].x0 - chars[a].x1 for a, b in pairwise(letters)]
        narrow = min(gaps)
        if narrow <= 0:
            continue  # letters touching or overlapping: not spaced out
        for (a, b), gap in zip(pairwise(letters), gaps, strict=True):
            if gap < 1.5 * narrow:
                drop.update(range(a + 1, b))
        end = match.end()  # the spacing after the last letter, before CJK text (`J o h n 国務長官`): no space
        if (
            end + 1 < len(chars)
            and chars[end].char == " "
            and is_cjk(chars[end + 1].char)
            and chars[end + 1].x0 - chars[letters[-1]].x1 < 1.5 * narrow
        ):
            drop.add(end)
    return [c for k, c in enumerate(chars) if k not in drop] if drop else chars


_SPACED_RUN = re.compile(r"(?<![A-Za-z])[A-Za-z](?: [A-Za-z])+(?![A-Za-z])")


def _merge_bands(lines: list[PdfLine]) -> list[PdfLine]:
    """Pieces of one visual line drawn apart from it (a raised marker drawn after the page's text) are put
    back into the line whose band and extent hold them, at their place along it."""
    merged: list[PdfLine] = []
    for line in lines:
        home = None
        if len(line.chars) <= 4:
            mid = (line.top + line.bottom) / 2
            home = next(
                (
                    other
                    for other in reversed(merged)
                    if line.size < 0.85 * other.size
                    and other.top - 0.5 <= mid <= other.bottom + 0.5
                    and other.x0 - other.size <= line.x0 <= other.x1 + 0.6 * other.size
                ),
                None,
            )
        if home is not None:
            home.chars.extend(line.chars)
            home.chars.sort(key=lambda c: c.x0)
            home.finish()
            continue
        merged.append(line)
    return merged


def _box(chars: list[Char]) -> tuple[float, float, float, float]:
    real = [c for c in chars if c.size > 0] or chars
    return (
        round(min(c.x0 for c in real), 1),
        round(min(c.top for c in real), 1),
        round(max(c.x1 for c in real), 1),
        round(max(c.bottom for c in real), 1),
    )


_PRINTED_MARKER = re.compile(r"[①-⑳]|\[\d{1,3}\]|［\d{1,3}］")


def _runs(line: PdfLine) -> list[Run]:
    """A line's runs. Markers are digits raised and smaller than their line (a superscript, also glued to a
    word), and, at any size, circled numbers and bracketed numbers (`①`, `[12]`) that do not open the line
    (there they number a note or a list entry); everything else is text."""
    chars = line.chars
    size, baseline = line.size, line.baseline
    kinds: list[int] = []  # 0 text; otherwise the id of the marker the character belongs to
    next_id = 1
    for i, ch in enumerate(chars):
        raised = (
            0 < ch.size < 0.85 * size
            and ch.baseline < baseline - 0.15 * size
            and (ch.char.isdigit() or ch.char in "¹²³⁴⁵⁶⁷⁸⁹⁰")
        )
        if raised:
            if not (i and kinds[-1] and chars[i - 1].char.isdigit()):
                next_id += 1
            kinds.append(next_id)
        else:
            kinds.append(0)
    text = "".join(c.char for c in chars)
    for match in _PRINTED_MARKER.finditer(text):
        if match.start() == 0 or any(kinds[match.start() : match.end()]):
            continue
        next_id += 1
        for k in range(match.start(), match.end()):
            kinds[k] = next_id
    runs: list[Run] = []
    start = 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or kinds[i] != kinds[start]:
            group = chars[start:i]
            piece = "".join(c.char for c in group)
            number = number_of(piece) if kinds[start] else None
            runs.append(Run(piece, number, _box(group)))
            start = i
    return runs


def _union(a: Box, b: Box) -> Box:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def _columns(lines: list[PdfLine], width: float) -> list[PdfLine]:
    """Lines in reading order: when the page's lines fall into two side-by-side groups, left column first.

    The right column's extent gives the band of the columns: short lines of the left half above it (a title,
    authors) come first, and lines below it in smaller type (the note zone) come after both columns.
    """
    mid = width / 2
    left = [ln for ln in lines if ln.x1 <= mid + 2]
    right = [ln for ln in lines if ln.x0 >= mid - 2]
    one_column = sorted(lines, key=lambda ln: ln.top)  # top to bottom, whatever order the file drew them in
    if len(left) < 3 or len(right) < 3:
        return one_column
    col_top = min(ln.top for ln in right)
    col_bottom = max(ln.bottom for ln in right)
    spanning = [ln for ln in lines if ln.x0 < mid - 2 and ln.x1 > mid + 2]
    inside = [ln for ln in spanning if col_top < ln.top < col_bottom]
    if len(inside) > 0.2 * (len(left) + len(right)):
        return one_column
    body_size = median(ln.size for ln in right)
    above = [ln for ln in [*spanning, *left] if ln.bottom <= col_top]
    below = [
        ln
        for ln in [*spanning, *left]
        if ln.top >= col_bottom and (ln in spanning or ln.size < 0.92 * body_size)
    ]
    placed = {id(ln) for ln in [*above, *below]}
    left = [ln for ln in left if id(ln) not in placed]
    rest = [ln for ln in spanning if id(ln) not in placed]
    return [
        *sorted(above, key=lambda ln: ln.top),
        *sorted([*left, *rest], key=lambda ln: ln.top),
        *sorted(right, key=lambda ln: ln.top),
        *sorted(below, key=lambda ln: ln.top),
    ]


def _shape(text: str) -> str:
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


def _mark_furniture(pages: list[list[PdfLine]], heights: list[float]) -> None:
    """Lines in the margin bands whose shape recurs at about the same height on several pages; page numbers
    (a number alone, maybe decorated: `· 7 ·`, `- 7 -`) in a margin band even on a single page."""
    seen: Counter[tuple[str, int]] = Counter()
    for lines, height in zip(pages, heights, strict=True):
        keys = set()
        for line in lines:
            if _may_be_furniture(line, height):
                keys.add((_shape(line.text), round(line.top / 6)))
        seen.update(keys)
    need = max(2, int(0.4 * len(pages)))
    body = _body_size(pages)
    for number, (lines, height) in enumerate(zip(pages, heights, strict=True), start=1):
        topmost = min(lines, key=lambda ln: ln.top) if lines else None
        for line in lines:
            if not _may_be_furniture(line, height):
                continue
            shape = _shape(line.text)
            if "#" in shape and not shape.strip("#·•-–—―.|/ "):
                line.role = "furniture"  # a page number
                continue
            if number > 1 and line.top < MARGIN_BAND * height and line.size < 0.92 * body and line is topmost:
                line.role = "furniture"  # a running head in small type over the body, even if printed once
                continue
            key_hits = max(seen[(shape, round(line.top / 6) + d)] for d in (-1, 0, 1))
            if len(pages) > 1 and key_hits >= need:
                line.role = "furniture"


def _may_be_furniture(line: PdfLine, height: float) -> bool:
    """A short line in a margin band that is not a note (a note starts with its number and goes on)."""
    if not (line.top < MARGIN_BAND * height or line.bottom > (1 - MARGIN_BAND) * height):
        return False
    if len(line.text) > 60:
        return False
    start = _note_start(line.text)
    return start is None or not line.text[len(start[1]) :].strip(" ·•-–—―")


def _body_size(pages: list[list[PdfLine]]) -> float:
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            if line.role == "body":
                sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _note_start(text: str) -> tuple[int, str] | None:
    match = _NOTE_NUMBER.match(text)
    if not match:
        return None
    number = number_of(match.group(1))
    if number is None or number == 0:
        return None
    return number, match.group(1)


def _attach_lone_markers(lines: list[PdfLine], body: float) -> list[PdfLine]:
    """A marker the line breaker pushed onto a line of its own (small digits, or a printed `[12]` or `⑫`,
    alone just under a body line) belongs at the end of the line above it."""
    out: list[PdfLine] = []
    for line in lines:
        prev = out[-1] if out else None
        raised = line.text.isdigit() and len(line.text) <= 3 and line.size < 0.85 * body
        printed = _PRINTED_MARKER.fullmatch(line.text) is not None
        if (
            prev is not None
            and prev.role == "body"
            and line.role == "body"
            and (raised or printed)
            and prev.size >= 0.92 * body
            and 0 < line.top - prev.top < 2.5 * prev.size
        ):
            prev.runs.append(Run(line.text, number_of(line.text), (line.x0, line.top, line.x1, line.bottom)))
            prev.text += line.text
            continue
        out.append(line)
    return out


def _mark_note_zone(lines: list[PdfLine], body: float) -> None:
    """The foot of a page in smaller type, opening with a note number: the page's footnotes."""
    body_lines = [ln for ln in lines if ln.role == "body"]
    zone: list[PdfLine] = []
    for line in sorted(body_lines, key=lambda ln: -ln.top):
        if line.size < 0.92 * body:
            zone.append(line)
        else:
            break
    zone.sort(key=lambda ln: ln.top)
    while zone and _note_start(zone[0].text) is None:
        zone.pop(0)
    for line in zone:
        line.role = "note"


def _paragraphs(lines: list[PdfLine], body: float, heading_sizes: dict[float, int], title_size: float) -> list[Block]:
    """Body lines → paragraph and heading blocks, paragraphs continuing over page and column breaks."""
    blocks: list[Block] = []
    prev: PdfLine | None = None
    right_edge: dict[tuple[int, int], float] = {}
    left_edge: dict[tuple[int, int], float] = {}
    for line in lines:
        key = (line.page, _column_key(line))
        right_edge[key] = max(right_edge.get(key, 0.0), line.x1)
        left_edge[key] = min(left_edge.get(key, line.x0), line.x0)
    pitch = _pitch(lines)
    bold_level = len(heading_sizes) + 1
    for line in lines:
        size_key = round(line.size, 1)
        level = heading_sizes.get(size_key)
        if level is None and line.bold and len(line.text) <= 80 and line.size >= 0.92 * body:
            level = bold_level  # a bold line of body size standing alone: the lowest heading level
        is_title = size_key == title_size and line.page == 1
        line_block = SourceLine(line.runs, line.page)
        if is_title or level is not None:
            kind = "paragraph" if is_title else "heading"
            last = blocks[-1] if blocks else None
            if last is not None and last.kind == kind and prev is not None and prev.size == line.size and \
                    prev.page == line.page and line.top - prev.bottom < line.size:
                last.lines.append(line_block)
            else:
                blocks.append(Block(kind, [line_block], level=level or 0))
            prev = line
            continue
        key = (line.page, _column_key(line))
        new = prev is None or blocks[-1].kind == "heading" or round(prev.size, 1) in heading_sizes or prev.bold
        if prev is not None and not new:
            same_flow = prev.page == line.page and _column_key(prev) == _column_key(line) and line.top > prev.top
            indent = line.x0 - left_edge[key] > 0.8 * line.size
            prev_key = (prev.page, _column_key(prev))
            short = right_edge[prev_key] - prev.x1 > 2.5 * prev.size
            gap = (line.top - prev.top) > 1.6 * pitch if same_flow else False
            broken_word = len(prev.text) >= 2 and prev.text[-1] in "-\u2010\u00ad" and prev.text[-2].isalpha()
            new = not broken_word and (indent or short or gap or (prev.size == title_size and prev.page == 1))
        if new:
            blocks.append(Block("paragraph", [line_block]))
        else:
            blocks[-1].lines.append(line_block)
        prev = line
    return blocks


def _bylines(blocks: list[Block], title_size: float) -> list[Block]:
    """The short one-line blocks right under the title on the first page, before any heading or longer
    paragraph, without digits or a sentence's end, name the authors."""
    if title_size < 0 or not blocks:
        return blocks
    out = blocks[:1]
    in_front = True
    for block in blocks[1:]:
        text = block.lines[0].text.strip() if block.lines else ""
        byline = (
            in_front
            and block.kind == "paragraph"
            and len(block.lines) == 1
            and block.page == 1
            and 0 < len(text) <= 60
            and not any(ch.isdigit() for ch in text)
            and text[-1] not in "。．.！？!?：:"
            and not is_section_label(text, "abstract")
        )
        if byline:
            out.append(Block("author", block.lines))
            continue
        in_front = False
        out.append(block)
    return out


def _column_key(line: PdfLine) -> int:
    """0 for a line in the left column or across the page, 1 for one in the right column."""
    return 1 if line.x0 >= line.mid - 2 else 0


def _pitch(lines: list[PdfLine]) -> float:
    gaps = [
        b.top - a.top
        for a, b in pairwise(lines)
        if a.page == b.page and 0 < b.top - a.top < 3 * a.size
    ]
    return median(gaps) if gaps else 14.0


def _split_notes(lines: list[PdfLine], kind: str) -> list[SourceNote]:
    notes: list[SourceNote] = []
    expected: int | None = None
    for line in lines:
        start = _note_start(line.text)
        if start is not None and (expected is None or start[0] == expected or start[0] == 1 or not notes):
            number, printed = start
            runs = _strip_prefix(line.runs, len(line.text) - len(line.text.lstrip()) + len(printed))
            notes.append(SourceNote(number, [SourceLine(runs, line.page)], kind=kind, printed=printed))
            expected = number + 1
        elif notes:
            notes[-1].lines.append(SourceLine(line.runs, line.page))
    return notes


def _strip_prefix(runs: list[Run], count: int) -> list[Run]:
    """Runs without their first `count` characters (a note's printed number) and the space after it."""
    out: list[Run] = []
    for run in runs:
        text = run.text
        if count:
            cut = min(count, len(text))
            text, count = text[cut:], count - cut
        if not out:
            text = text.lstrip()
        if text:
            out.append(Run(text, None, run.box))
    return out


def _open(data: bytes, source: str) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower() or "security" in message.lower():
            raise DamagedInputError(source, "the PDF is encrypted (password protected): decrypt it first") from exc
        raise DamagedInputError(source, f"not a readable PDF: damaged or truncated ({message})") from exc


def read_pdf(data: bytes, source: str) -> Reading:
    """Read a born-digital PDF into blocks and notes with page boxes."""
    import pypdfium2 as pdfium

    document = _open(data, source)
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise DamagedInputError(source, f"the PDF claims {count} pages, more than the {MAX_PAGES} read at most")
        if count == 0:
            raise DamagedInputError(source, "the PDF has no pages")
        pages: list[list[PdfLine]] = []
        heights: list[float] = []
        widths: list[float] = []
        for index in range(count):
            if index and index % REOPEN_EVERY == 0:
                # PDFium keeps what it parsed for every page read (fonts above all) until the document closes:
                # opening it afresh now and then keeps memory flat over long files
                document.close()
                document = _open(data, source)
            try:
                page = document[index]
            except pdfium.PdfiumError as exc:
                raise DamagedInputError(source, f"page {index + 1} of the PDF cannot be read ({exc})") from exc
            try:
                width, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    text = _Text(textpage.raw, height)
                    lines = _lines_of(index + 1, text.chars())
                    for line in lines:
                        line.bold = text.bold(line)
                except _TooMany as exc:
                    raise DamagedInputError(
                        source, f"page {index + 1} of the PDF holds {exc.args[0]} characters, too many to read"
                    ) from exc
                finally:
                    textpage.close()
            finally:
                page.close()
            for line in lines:
                line.mid = width / 2
                line.runs = _runs(line)
                line.text = "".join(r.text for r in line.runs)
                line.chars = []  # what later steps need is in the line's fields and runs: memory stays flat
            pages.append(_columns(lines, width))
            heights.append(height)
            widths.append(width)
    finally:
        document.close()
    if not any(pages):
        raise NeedsOcrError(source, "the PDF has no text layer (a scan?): run OCR on it first, e.g. ocrmypdf")
    return _layout(pages, heights, source)


def _layout(pages: list[list[PdfLine]], heights: list[float], source: str) -> Reading:
    _mark_furniture(pages, heights)
    body = _body_size(pages)
    pages = [_attach_lone_markers(lines, body) for lines in pages]
    for lines in pages:
        _mark_note_zone(lines, body)
    flow = [ln for lines in pages for ln in lines if ln.role == "body"]
    endnote_lines: list[PdfLine] = []
    endnote_kind = "endnote"
    for i, line in enumerate(flow):
        if len(line.text) <= 20 and is_section_label(line.text, "notes_section") and i + 1 < len(flow) and \
                _note_start(flow[i + 1].text) is not None:
            endnote_lines = flow[i + 1 :]
            flow = flow[:i]
            endnote_kind = "reference" if is_section_label(line.text, "reference_section") else "endnote"
            break
    sizes = Counter(round(ln.size, 1) for ln in flow)
    larger = sorted((s for s in sizes if s >= 1.12 * body), reverse=True)
    first_page = [ln for ln in flow if ln.page == 1]
    title_size = max((round(ln.size, 1) for ln in first_page[:8]), default=0.0)
    if title_size not in larger or any(round(ln.size, 1) == title_size and ln.page > 1 for ln in flow):
        title_size = -1.0
    heading_sizes = {s: level for level, s in enumerate((s for s in larger if s != title_size), start=1)}
    blocks = _bylines(_paragraphs(flow, body, heading_sizes, title_size), title_size)
    notes: list[SourceNote] = []
    for lines in pages:
        notes += _split_notes([ln for ln in lines if ln.role == "note"], "footnote")
    notes += _split_notes(endnote_lines, endnote_kind)
    return Reading(source, "pdf", blocks, notes, pages=len(pages), meta={"body_size": body})

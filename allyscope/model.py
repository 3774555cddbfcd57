"""The document model: one immutable clean text, typed spans that point into it, and a map back to the raw input.

Every stage of the pipeline takes a `Document` and returns a new one with more spans; no stage copies text
around. Offsets are Python code points, half-open (`start <= i < end`), like `str` slicing. The body of an
article and its notes are two separate texts (`text` and `notes_text`) so that no note ever sits inside the
body; each has its own `OffsetMap` back into `raw`, the file as decoded.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import MISSING, dataclass, field, fields, replace
from itertools import accumulate
from operator import attrgetter
from typing import Any, TypeVar

from allyscope.errors import SpanError


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets of a clean text back to offsets of the raw text it was built from.

    The clean text is a sequence of segments. A *copied* segment is a verbatim slice of the raw text, so every
    offset inside it maps exactly; an *inserted* segment (a space added where two lines were joined, the
    brackets added around a bare note number) has no raw counterpart and maps to the raw offset it stands at.
    """

    # Machine-integer arrays when built by `TextBuilder` (a tuple of ints weighs several times as much, and a big
    # file's map has a segment per line); any sequence of ints will do.
    clean_starts: Sequence[int] = ()
    raw_starts: Sequence[int] = ()
    lengths: Sequence[int] = ()
    copied: Sequence[int] = ()

    def _segment(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.clean_starts, offset) - 1)

    def to_raw(self, offset: int) -> int:
        """Raw offset of the clean character at `offset` (a start offset)."""
        starts = self.clean_starts
        if not starts:
            return 0
        i = bisect.bisect_right(starts, offset) - 1  # `_segment`, inlined: the JSON maps every span and marker
        if i < 0:
            i = 0
        if self.copied[i]:
            return self.raw_starts[i] + min(offset - starts[i], self.lengths[i])
        return self.raw_starts[i]

    def to_raw_end(self, offset: int) -> int:
        """Raw offset just after the clean character before `offset` (an end offset)."""
        if offset <= 0 or not self.clean_starts:
            return self.to_raw(0)
        i = self._segment(offset - 1)
        if self.copied[i]:
            return self.raw_starts[i] + (offset - self.clean_starts[i])
        return self.raw_starts[i]

    def to_raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw `(start, end)` of a clean span; an empty span maps to an empty raw span. (`to_raw_end`, inlined:
        a document's headings and paragraphs are mapped on every extract.)"""
        raw_start = self.to_raw(start)
        starts = self.clean_starts
        if end <= start or not starts:
            return raw_start, raw_start
        if end <= 0:
            return raw_start, max(raw_start, self.to_raw(0))
        i = bisect.bisect_right(starts, end - 1) - 1
        if i < 0:
            i = 0
        raw_end = self.raw_starts[i] + (end - starts[i]) if self.copied[i] else self.raw_starts[i]
        return raw_start, max(raw_start, raw_end)


_JOINED = 1 << 12  # pieces of a clean text joined at a time (`TextBuilder.build`)
_PADDED_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
_NARROW_LETTERS = {wide: wide - 0xFEE0 for start in (0xFF21, 0xFF41) for wide in range(start, start + 26)}
"""Full-width Latin letters (`Ｊ`, `ｏ`) to their narrow forms (`J`, `o`): the letters of a name only."""


class TextBuilder:
    """Builds a clean text piece by piece while recording where each piece came from in the raw text.

    Pieces are kept as two machine-integer arrays (raw start, length) plus the few inserted texts by piece
    number: a tuple per piece weighed about five times the raw line it described, which set the peak memory of
    a big file. A copy that continues the previous copy in the raw text extends it instead of adding a piece.
    The text and its map are made once, in `build`, which keeps the per-line work of layout repair to one append.
    """

    __slots__ = ("_end", "_inserted", "_inserted_at", "_lengths", "_pos", "_raw", "_starts")

    def __init__(self, raw: str) -> None:
        self._raw = raw
        code = "i" if len(raw) < 1 << 30 else "q"  # four bytes a number where they suffice
        self._starts = array(code)
        self._lengths = array(code)
        # the inserted pieces' numbers (ascending) and texts, in step: a dict by number weighed about 70 bytes a
        # piece, and a big file of short lines has an inserted line break every few lines
        self._inserted_at = array(code)
        self._inserted: list[str] = []
        self._pos = 0
        self._end = -1  # the raw end of the last piece when it is a copy (a copy from there extends it), else -1

    @property
    def position(self) -> int:
        """Length of the clean text built so far: the offset the next piece will start at."""
        return self._pos

    def copy(self, raw_start: int, raw_end: int) -> None:
        """Append `raw[raw_start:raw_end]` verbatim."""
        if raw_end > raw_start:
            if raw_start == self._end:
                self._lengths[-1] += raw_end - raw_start
            else:
                self._starts.append(raw_start)
                self._lengths.append(raw_end - raw_start)
            self._pos += raw_end - raw_start
            self._end = raw_end

    def insert(self, text: str, raw_at: int) -> None:
        """Append `text`, which does not stand in the raw input, anchored at raw offset `raw_at`."""
        if text:
            self._inserted_at.append(len(self._starts))
            self._inserted.append(text)
            self._starts.append(raw_at)
            self._lengths.append(len(text))
            self._pos += len(text)
            self._end = -1

    def drop_last(self, count: int) -> None:
        """Take back the last `count` characters appended (a layout hyphen found after its line was copied)."""
        while count and self._starts:
            last = len(self._starts) - 1
            cut = min(count, self._lengths[last])
            inserted = bool(self._inserted_at) and self._inserted_at[-1] == last
            if cut == self._lengths[last]:
                self._starts.pop()
                self._lengths.pop()
                if inserted:
                    self._inserted_at.pop()
                    self._inserted.pop()
            else:
                self._lengths[last] -= cut
                if inserted:
                    self._inserted[-1] = self._inserted[-1][: self._lengths[last]]
            self._pos -= cut
            count -= cut
        last = len(self._starts) - 1
        inserted = bool(self._inserted_at) and self._inserted_at[-1] == last
        self._end = -1 if last < 0 or inserted else self._starts[last] + self._lengths[last]

    def _piece(self, i: int) -> str:
        at = bisect.bisect_left(self._inserted_at, i)
        if at < len(self._inserted_at) and self._inserted_at[at] == i:
            return self._inserted[at]
        start = self._starts[i]
        return self._raw[start : start + self._lengths[i]]

    def tail(self, size: int = 200) -> str:
        """The last `size` characters built so far (the context a join decision needs)."""
        out: list[str] = []
        total = 0
        for i in range(len(self._starts) - 1, -1, -1):
            out.append(self._piece(i))
            total += self._lengths[i]
            if total >= size:
                break
        return "".join(reversed(out))[-size:]

    def build(self) -> tuple[str, OffsetMap]:
        """The clean text and its map to the raw text (adjacent copies of adjacent raw text are one piece)."""
        raw, lengths, starts = self._raw, self._lengths, self._starts
        copied = array("b", bytes([1]) * len(starts))
        for i in self._inserted_at:
            copied[i] = 0
        # the text joined a block of pieces at a time: a list of every piece's string (a piece a line of a big
        # file of short lines, each string several times its text) was the peak of the whole parse
        texts = iter(self._inserted)
        blocks: list[str] = []
        for first in range(0, len(starts), _JOINED):
            blocks.append(
                "".join(
                    [
                        raw[start : start + length] if is_copy else next(texts)
                        for start, length, is_copy in zip(
                            starts[first : first + _JOINED],
                            lengths[first : first + _JOINED],
                            copied[first : first + _JOINED],
                            strict=True,
                        )
                    ]
                )
            )
        text = blocks[0] if len(blocks) == 1 else "".join(blocks)
        del blocks
        clean_starts = array("q", accumulate(lengths, initial=0))
        clean_starts.pop()  # the start of a piece that does not come
        offsets = OffsetMap(clean_starts, array("q", starts), array("q", lengths), copied)
        return text, offsets


_Made = TypeVar("_Made")


def slotted_constructor(cls: type[_Made]) -> Callable[..., _Made]:
    """A function that makes the same object as calling `cls`, a frozen dataclass with slots, about twice as fast.

    A frozen dataclass's `__init__` sets each field through `object.__setattr__` with the field's name (the class's
    own `__setattr__` refuses); the function made here sets each slot through its descriptor and then runs the
    class's `__post_init__` checks, as `__init__` does. Same parameters, defaults and checks: the passes that make
    an object for every marker, note and span of a document use it. Fields with a default factory, or left out
    of `__init__`, are not supported (a `TypeError` says so).

    In the mypyc-compiled build (setup.py) `cls` is a native class: it has no slot descriptors and refuses
    `object.__new__`, and its own constructor is already compiled code, so that constructor is returned."""
    native = "__mypyc_attrs__" in cls.__dict__
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls, "post": getattr(cls, "__post_init__", None)}
    params: list[str] = []
    sets: list[str] = []
    for f in fields(cls):  # type: ignore[arg-type]
        if not f.init or f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields and defaults are supported")
        if native:
            continue
        if f.default is MISSING:
            params.append(f.name)
        else:
            namespace[f"default_{f.name}"] = f.default
            params.append(f"{f.name}=default_{f.name}")
        namespace[f"set_{f.name}"] = cls.__dict__[f.name].__set__
        sets.append(f"    set_{f.name}(made, {f.name})\n")
    if native:
        return cls
    check = "    post(made)\n" if namespace["post"] is not None else ""
    source = f"def make({', '.join(params)}):\n    made = new(cls)\n{''.join(sets)}{check}    return made\n"
    exec(source, namespace)  # the code is made here, from the class's own field names
    made: Callable[..., _Made] = namespace["make"]
    made.__doc__ = f"`{cls.__name__}(...)`, made faster (see `slotted_constructor`)."
    return made


Box = tuple[float, float, float, float]
"""A rectangle on a page in PDF points, `(x0, top, x1, bottom)` measured from the page's top-left corner."""


@dataclass(frozen=True, slots=True)
class PageBoxes:
    """Where stretches of the raw text stand on the pages of the file they were read from (a PDF).

    Each entry is a raw range `[raw_starts[i], raw_ends[i])` with its page (from 1) and box; entries are in raw
    order and do not overlap. Text read from a file without pages (plain text, HTML, Word) has no boxes.
    """

    raw_starts: tuple[int, ...] = ()
    raw_ends: tuple[int, ...] = ()
    pages: tuple[int, ...] = ()
    boxes: tuple[Box, ...] = ()

    def locate(self, raw_start: int, raw_end: int) -> list[tuple[int, Box]]:
        """The page and the box around the raw range `[raw_start, raw_end)`, one union box per page touched."""
        if not self.raw_starts:
            return []
        first = max(0, bisect.bisect_right(self.raw_starts, raw_start) - 1)
        found: dict[int, Box] = {}
        for i in range(first, len(self.raw_starts)):
            lo, hi = self.raw_starts[i], self.raw_ends[i]
            if lo >= max(raw_end, raw_start + 1):
                break
            if hi <= raw_start:
                continue
            page, box = self.pages[i], self.boxes[i]
            old = found.get(page)
            found[page] = (
                box
                if old is None
                else (min(old[0], box[0]), min(old[1], box[1]), max(old[2], box[2]), max(old[3], box[3]))
            )
        return sorted(found.items())


@dataclass(frozen=True, slots=True)
class Span:
    """A typed stretch `[start, end)` of a document's body text.

    `kind` names what the span is (`title`, `author`, `abstract`, `keywords`, `keyword`, `paragraph`, …).
    A span checks its own range when it is made; `Document` checks it against the text it points into.
    """

    kind: str
    start: int
    end: int
    page: int | None = None

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise SpanError(f"{self.kind} span has an invalid range [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading: `label` is its number as printed without decoration (`一`, `2`, `IV`)."""

    start: int
    end: int
    level: int
    label: str
    title: str
    numbering: str
    page: int | None = None
    family: str = ""  # the heading family (data/layouts/headings.json) it was read by; "" when a reader gave its level

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end) or self.level < 1:
            raise SpanError(f"heading has an invalid range [{self.start}, {self.end}) or level {self.level}")


@dataclass(frozen=True, slots=True)
class Footnote:
    """One note: a page footnote, an endnote, or an entry of a reference list.

    `start`/`end` point into `Document.notes_text`; `raw_start`/`raw_end` into `Document.raw`. `block` counts
    note blocks in file order from 0; `number` is the note's number inside its block as printed.
    """

    id: str
    block: int
    number: int
    page: int
    start: int
    end: int
    raw_start: int
    raw_end: int
    style: str
    kind: str = "footnote"

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end) or not (0 <= self.raw_start <= self.raw_end):
            raise SpanError(f"footnote {self.id} has an invalid range")


@dataclass(frozen=True, slots=True)
class Marker:
    """A note marker in the body at the place it stood; `numbers` lists every note it cites (`[5-7]`)."""

    start: int
    end: int
    numbers: tuple[int, ...]
    style: str
    printed: str
    footnotes: tuple[str, ...] = ()
    page: int | None = None
    front: bool = False

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end) or not self.numbers:
            raise SpanError(f"marker has an invalid range [{self.start}, {self.end}) or no number")

    @property
    def number(self) -> int:
        """The first number the marker cites."""
        return self.numbers[0]


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn in a transcript: `[start, end)` covers the label and what the speaker says, so a reader
    (and the extraction) can tell who said a sentence; `speaker_start`/`speaker_end` cover the label as printed
    (`MODERATOR`, `記者`, `――`) and `body_start` is where the speech begins. `role` is `question`, `answer`,
    `moderator` or `speaker` (a named or titled speaker), read from `data/layouts/turns.json`."""

    speaker: str
    role: str
    start: int
    end: int
    speaker_start: int
    speaker_end: int
    body_start: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.speaker_start <= self.speaker_end <= self.body_start <= self.end):
            raise SpanError(f"turn of {self.speaker!r} has an invalid range [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class LayoutReport:
    """Which layout explains the document, so a user sees why its notes and headings came out as they did.

    `marker_family`/`note_family` name catalogue families (data/layouts/notes.json) or are None when the
    document has no markers or notes; `placement` is `page-bottom`, `inline`, `notes`, `endnotes` or
    `reference-list` (several joined by `+`); `numbering` is `per-page`, `per-chapter` (endnote blocks
    each counting from 1), `continuous`, `single` or `by-first-citation`; `headings` pairs each heading
    family met with its level, in order of first use; `warnings` says what no family explained.
    """

    marker_family: str | None = None
    note_family: str | None = None
    placement: str | None = None
    numbering: str | None = None
    headings: tuple[tuple[str, int], ...] = ()
    warnings: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "marker_family": self.marker_family,
            "note_family": self.note_family,
            "placement": self.placement,
            "numbering": self.numbering,
            "headings": [{"family": family or "given", "level": level} for family, level in self.headings],
            "warnings": list(self.warnings),
        }


def _check(spans: Iterable[Span | Heading | Marker | Turn], length: int, what: str) -> None:
    for span in spans:
        if span.end > length:
            raise SpanError(f"{what} span [{span.start}, {span.end}) runs past the text (length {length})")


@dataclass(frozen=True, slots=True)
class Document:
    """A document: its raw input, its clean texts with their maps, and every span found so far."""

    raw: str
    source: str = ""
    encoding: str = "utf-8"
    text: str = ""
    body_map: OffsetMap = field(default_factory=OffsetMap)
    notes_text: str = ""
    notes_map: OffsetMap = field(default_factory=OffsetMap)
    language: str = "und"
    spans: tuple[Span, ...] = ()
    headings: tuple[Heading, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    markers: tuple[Marker, ...] = ()
    meta: tuple[tuple[str, Any], ...] = ()
    date: str | None = None  # the document's own date, EDTF (`2025-06-24`, `2024-03`, `2022`)
    date_source: str | None = None  # where `date` was read: `dateline`, `published`, `last-updated`, `issue`
    date_modified: str | None = None  # the last update the document states of itself, EDTF (beside `date`)
    date_modified_source: str | None = None  # how it was stated: `label`, `stamp`, `page-meta`
    layout: LayoutReport = field(default_factory=LayoutReport)  # the layout that explains it (link stage)
    turns: tuple[Turn, ...] = ()  # a transcript's speaker turns, in text order (structure/turns.py)
    stage_notes: tuple[Span, ...] = ()  # a transcript's `(Laughter)`, `（拍手）`: spans of kind `stage-note`
    references: Any = None  # allyscope.references.References, set by the references stage
    boxes: PageBoxes | None = None  # where the raw text stands on the pages, for files that have pages
    # set by the extraction stages (allyscope.dates, allyscope.entities, allyscope.events), in text order:
    dates: tuple[Any, ...] = ()  # allyscope.dates.DateMention, offsets into `text`
    entities: tuple[Any, ...] = ()  # allyscope.entities.EntityMention, offsets into `text`
    events: tuple[Any, ...] = ()  # allyscope.events.Event
    warnings: tuple[str, ...] = ()  # what a stage could not read (an impossible date), said in one line each
    extracted: bool = False  # True once the event stage has run (a document may have no events at all)

    def __post_init__(self) -> None:
        n = len(self.text)
        _check(self.spans, n, "body")
        _check(self.headings, n, "heading")
        _check(self.markers, n, "marker")
        _check(self.turns, n, "turn")
        _check(self.stage_notes, n, "stage note")
        m = len(self.notes_text)
        for note in self.footnotes:
            if note.end > m or note.raw_end > len(self.raw):
                raise SpanError(f"footnote {note.id} runs past its text")

    def evolve(self, **changes: Any) -> Document:
        """A copy with `changes` applied; the way every stage returns its result."""
        return replace(self, **changes)

    def span_text(self, span: Span | Heading | Marker) -> str:
        """The body text a span covers."""
        return self.text[span.start : span.end]

    def note_text(self, note: Footnote) -> str:
        """The text of one note."""
        return self.notes_text[note.start : note.end]

    def spans_of(self, kind: str) -> list[Span]:
        """Every span of one kind, in text order."""
        return [s for s in self.spans if s.kind == kind]

    def first(self, kind: str) -> Span | None:
        """The first span of one kind, or None."""
        return next((s for s in self.spans if s.kind == kind), None)

    def footnote(self, note_id: str) -> Footnote | None:
        """The note with this id, or None."""
        return next((f for f in self.footnotes if f.id == note_id), None)

    def raw_span(self, span: Span | Heading | Marker) -> tuple[int, int]:
        """Where a body span stood in the raw input."""
        return self.body_map.to_raw_span(span.start, span.end)

    def where(self, span: Span | Heading | Marker | Footnote) -> list[tuple[int, Box]]:
        """The page and box of a span or note in the file, for files that have pages (else an empty list)."""
        if self.boxes is None:
            return []
        if isinstance(span, Footnote):
            return self.boxes.locate(span.raw_start, span.raw_end)
        return self.boxes.locate(*self.raw_span(span))

    @property
    def title(self) -> str:
        span = self.first("title")
        return self.span_text(span) if span else ""

    @property
    def authors(self) -> list[str]:
        """The authors' names, each with its spaces made one plain space and its full-width Latin letters
        narrow: a name printed with a wide space between its parts (`中西　直樹`, `OKADA　Takeshi`) or in wide
        letters (`Ｊｏｈｎ　Ｓｍｉｔｈ`) is the same name as printed narrow."""
        names = [" ".join(self.span_text(s).translate(_NARROW_LETTERS).split()) for s in self.spans_of("author")]
        if self.language == "zh":  # `王　静`: a Chinese name of two characters padded to three's width is `王静`
            names = [name.replace(" ", "") if _PADDED_CHINESE_NAME.fullmatch(name) else name for name in names]
        # one writer named twice (a social-media header's `原创 周某 …` and a `作者：周某` line under the title) is
        # one author: each name is listed once, where it is first printed
        return list(dict.fromkeys(names))

    @property
    def abstract(self) -> str:
        span = self.first("abstract")
        return self.span_text(span) if span else ""

    @property
    def keywords(self) -> list[str]:
        return [self.span_text(s) for s in self.spans_of("keyword")]

    @property
    def paragraphs(self) -> list[Span]:
        return self.spans_of("paragraph")

    def get_meta(self, key: str, default: Any = None) -> Any:
        return dict(self.meta).get(key, default)


def sorted_spans(spans: Sequence[Span]) -> tuple[Span, ...]:
    """Spans ordered by position, longer first where two start together."""
    # the order of the key `(start, -end, kind)`, by three stable sorts from the last key to the first: no key
    # tuple (and negated end) made a span, which on a big file of short lines was the structure stage's peak
    ordered = sorted(spans, key=_KIND)
    ordered.sort(key=_END, reverse=True)  # a reversed sort keeps equal spans in their order
    ordered.sort(key=_START)
    return tuple(ordered)


_KIND, _END, _START = attrgetter("kind"), attrgetter("end"), attrgetter("start")


# The objects the reading stages make for every marker, note, heading and span, made faster (same objects).
make_span: Callable[..., Span] = slotted_constructor(Span)
make_heading: Callable[..., Heading] = slotted_constructor(Heading)
make_footnote: Callable[..., Footnote] = slotted_constructor(Footnote)
make_marker: Callable[..., Marker] = slotted_constructor(Marker)

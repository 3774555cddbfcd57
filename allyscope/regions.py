"""Where a stretch of a document stands, which decides whether it may state the document's events.

The body's paragraphs and the abstract are read for events (an event from the abstract says so: `where` is
`abstract`), and so is any other text of the front matter that is not its title, a heading or its keywords
(`where` is `front`): a line the structure stage took for an author may be a dateline or a news item's first
sentence, and a date alone on its line is read as the document's dateline (it dates no event). A caption (a
figure, table or photo label, or the source line under it), page furniture (`Related:`, `最終更新`) and an entry of a
reference list set in the body are read for nothing: their dates date an image or a source, and they anchor no
date after them; nor is a transcript's stage note (`Document.stage_notes`: `(Laughter)`, `（会見終了）`), which no
one says. Notes are never here: they live in `Document.notes_text`. The cues are data
(`regions` in `data/event_patterns.json`).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from allyscope.model import Document


class Region(NamedTuple):
    """A stretch `[start, end)` of the body text and where it stands: `body`, `abstract`, `front`, `caption`,
    `furniture`, `reference`, `heading`, `stage-note` (a transcript's `(Laughter)`, `（拍手）`)."""

    start: int
    end: int
    where: str

    @property
    def states_events(self) -> bool:
        return self.where in ("body", "abstract", "front")

    @property
    def anchors_dates(self) -> bool:
        """A section heading states nothing, but its date (`2. 2023年以降`) anchors the yearless dates under it, as
        the text before it does; a caption, furniture or a reference dates an image or a source and anchors none."""
        return self.states_events or self.where == "heading"


@cache
def _cues() -> tuple[int, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _data()
    return (
        int(data["max_length"]),
        re.compile(data["caption"]),
        re.compile(data["reference"]),
        re.compile(data["furniture"]),
    )


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("event_patterns.json").read_text("utf-8")
    )["regions"]
    return data


@cache
def _heading() -> re.Pattern[str]:
    return re.compile(_data()["heading"])


# (text, spans, headings) of the document last read and its regions: the dates and events stages read one
# document after the other (each stage's copy shares those objects, compared by identity); one tuple, replaced
# whole, so that a thread never sees one document's key with another's regions
_last: list[tuple[Any, Any, Any, list[Region]]] = [(None, None, None, [])]


def regions(doc: Document) -> list[Region]:
    """The abstract and the paragraphs of `doc`, in text order, each with where it stands."""
    text, spans, headings, found = _last[0]
    if text is doc.text and spans is doc.spans and headings is doc.headings:
        return list(found)
    found = _regions(doc)
    _last[0] = (doc.text, doc.spans, doc.headings, found)
    return list(found)


def _regions(doc: Document) -> list[Region]:
    text = doc.text
    out = [Region(s.start, s.end, "abstract") for s in doc.spans_of("abstract")]
    notes = doc.stage_notes
    for p in doc.paragraphs:
        where = _where(text[p.start : p.end], "body")
        if notes and where == "body":
            out.extend(_around_stage_notes(p.start, p.end, notes))
        else:
            out.append(Region(p.start, p.end, where))
    # the entries of a reference list after the endnotes (`references` spans): a citation states no event
    out.extend(Region(s.start, s.end, "reference") for s in doc.spans_of("references"))
    out.sort()
    # an abstract that is also a paragraph is read once, as the abstract
    kept: list[Region] = []
    for region in out:
        if kept and region.start < kept[-1].end:
            continue
        kept.append(region)
    return sorted(kept + _front(doc, kept))


_NOT_READ = ("title", "keywords", "keyword")


def _around_stage_notes(start: int, end: int, notes: tuple[Any, ...]) -> list[Region]:
    """A transcript's paragraph `[start, end)` cut around its stage notes (`(Laughter)`, `（拍手）`, a whole paragraph
    `(Whereupon, the hearing was adjourned at 11:05 a.m.)`): what no one says states no event and its time dates
    none, so each note is a region of its own (`stage-note`) and the speech on either side stays `body`."""
    out: list[Region] = []
    at = start
    for note in notes:
        if note.end <= start or note.start >= end:
            continue
        if note.start > at:
            out.append(Region(at, note.start, "body"))
        out.append(Region(max(note.start, start), min(note.end, end), "stage-note"))
        at = min(note.end, end)
    if at < end:
        out.append(Region(at, end, "body"))
    return out


def _where(piece: str, default: str) -> str:
    """`caption`, `furniture` or `reference` for a short stretch that starts with their cue, else `default`.
    (The cues start with `^`, which holds only at a string's start: hence the slice.)"""
    limit, caption, reference, furniture = _cues()
    if len(piece) > limit:
        return default
    if caption.match(piece):
        return "caption"
    if furniture.match(piece):
        return "furniture"
    if reference.match(piece):
        return "reference"
    if _heading().match(piece):
        return "heading"
    return default


def _front(doc: Document, read: list[Region]) -> list[Region]:
    """Lines of the text that no region above covers and that are no title, heading or keywords: author lines,
    and lines the structure stage left without a span. Each line is its own region."""
    taken = sorted(
        [(r.start, r.end) for r in read]
        + [(s.start, s.end) for s in doc.spans if s.kind in _NOT_READ]
        + [(h.start, h.end) for h in doc.headings]
    )
    text = doc.text
    out: list[Region] = []
    position = 0
    for start, end in [*taken, (len(text), len(text))]:
        if start > position:
            line_start = position
            for line in text[position:start].split("\n"):
                if line.strip():
                    out.append(Region(line_start, line_start + len(line), _where(line, "front")))
                line_start += len(line) + 1
        position = max(position, end)
    return out


def is_caption(sentence: str) -> bool:
    """True when a sentence is a caption's or page furniture (`Figure 1. …`, `图2 …`, `Related: …`): one the
    layout joined to the paragraph before it still states no event."""
    _, caption, _, furniture = _cues()
    stripped = sentence.lstrip()
    return caption.match(stripped) is not None or furniture.match(stripped) is not None


@cache
def _credit() -> re.Pattern[str]:
    return re.compile(_data()["credit"])


def photo_credits(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence holds a photographer's credit or a file-photo label in brackets (`（新华社记者某某摄）`,
    `（6月6日摄）`, `（資料写真）`, `(File photo)`): a date inside one dates a photograph, never an event
    (data: `credit` in `regions`)."""
    if "）" not in sentence and ")" not in sentence:
        return []
    return [m.span() for m in _credit().finditer(sentence)]

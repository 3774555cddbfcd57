"""Stage 2, *structure*: name the parts of the repaired body — title, authors, abstract, keywords, headings,
bios — and the document's date and language. Heading ranks become levels 1, 2, … for the shapes this document
uses."""

from __future__ import annotations

import bisect
import re

from allyscope.layout.dating import (
    DateReadings,
    document_date,
    document_modified,
    edge_line_counts,
    is_issue_line,
    max_dateline,
    other_document_kinds,
)
from allyscope.layout.heading_markers import MarkerStarts, title_without_markers
from allyscope.layout.headings import levels_for, nest_levels
from allyscope.model import Document, Span, make_heading, make_marker, sorted_spans
from allyscope.structure.bios import (
    _author_bios,
    _before_bio,
    _box_under_byline,
    _closing_bio,
    _end_bylines,
    _lead_bylines,
    _reporting_credit,
    _section_bios,
    _signature_bio,
    _unnamed_bio,
)
from allyscope.structure.closing import closing_date, closing_label_names, disclaimer_section
from allyscope.structure.cover import cover_lines
from allyscope.structure.front import _bylines_after_summary, _front_matter, _speaker_in_title, front_rows
from allyscope.structure.gazette import gazette_issue
from allyscope.structure.items import issue_date, issue_line, item_lines
from allyscope.structure.language import detect_language
from allyscope.structure.names import spaced_chinese_names

_BODY_BLOCK = 120
"""Characters of a paragraph the file laid out as one block above which it is body text: a dateline, a byline
and a date, an issue line are shorter, even when a reader keeps them in one block."""


def _body_blocks(doc: Document) -> list[tuple[int, int]]:
    """Raw ranges of the body paragraphs of a laid-out file (PDF, Word, HTML), whose lines the reader printed one
    per physical line, so that only a block's first line can be a line of its own: a block is body text when it
    is long, or when its first line is longer than any dateline (the page's measure filled by running text). A
    text file's lines are left to the rules."""
    if doc.get_meta("source_type", "text") == "text":
        return []
    longest = max_dateline()
    raw = doc.raw
    blocks = []
    for span in doc.spans:
        if span.kind != "paragraph":
            continue
        start, end = doc.raw_span(span)
        first_end = raw.find("\n", start, end)
        if first_end < 0:
            continue  # one line: nothing continues it
        if end - start > _BODY_BLOCK or len(raw[start:first_end].strip()) > longest:
            blocks.append((start, end))
    return sorted(blocks)


_TIME = re.compile(r"\d{1,2}:\d{2}")  # a time of day: a print stamp's, no journal issue's


def _in_text(doc: Document, lo: int, hi: int) -> bool:
    """True when some character of the raw range `[lo, hi)` was copied into the body text."""
    body = doc.body_map
    starts = body.raw_starts
    i = max(0, bisect.bisect_right(starts, lo) - 1)
    while i < len(starts) and starts[i] < hi:
        if body.copied[i] and body.lengths[i] and starts[i] + body.lengths[i] > lo:
            return True
        i += 1
    return False


class _EdgeLines:
    """The first and last non-empty raw lines of one document outside its notes, stripped (without splitting the
    whole file: a web page may be megabytes long), read as often as `structure` asks for its date (with the
    title's line and without it, with a stamp's): the notes' and body blocks' ranges are made once, and each
    line is read once, whatever lines a reading skips."""

    __slots__ = ("_body", "_body_starts", "_doc", "_front", "_notes", "_starts", "_tail")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        # the notes' lines, and a reference list's entries after them: a source's year dates no document
        cited = [doc.raw_span(s) for s in doc.spans if s.kind == "references"]
        # the lines of a list of other documents (related stories, each with its date): none dates this one
        cited += [doc.raw_span(s) for s in doc.spans if s.kind in other_document_kinds()]
        self._notes = sorted([*((f.raw_start, f.raw_end) for f in doc.footnotes), *cited])
        self._starts = [a for a, _ in self._notes]
        self._body = _body_blocks(doc)
        self._body_starts = [a for a, _ in self._body]
        self._front: dict[int, tuple[int, str]] = {}  # a front line's start: its end and what it gives
        self._tail: dict[int, tuple[int, str]] = {}  # a last line's end: its start and what it gives

    def _usable(self, lo: int, hi: int) -> str:
        content = self._doc.raw[lo:hi].strip()
        body = self._body
        if content and body:
            k = bisect.bisect_left(self._body_starts, lo) - 1  # the last body block starting before the line
            if k >= 0 and body[k][1] > lo:
                return ""  # a body paragraph's wrapped line is no line of its own (`Manila on 12 May 2017.`)
        notes = self._notes
        if not content or not notes:
            return content
        k = bisect.bisect_right(self._starts, hi) - 1  # the last note starting before the line ends
        return "" if k >= 0 and notes[k][1] > lo else content

    def _front_line(self, pos: int) -> tuple[int, str]:
        """(end, content) of the front line starting at `pos`; '' for a line no reading takes."""
        known = self._front.get(pos)
        if known is not None:
            return known
        doc, raw = self._doc, self._doc.raw
        end = raw.find("\n", pos)
        end = len(raw) if end < 0 else end
        content = self._usable(pos, end)
        # a front line the layout dropped from the text (a print stamp or a running head printed over every page,
        # `2025/6/3 16:12 Title - Site`) gives the print's date, not the document's; a journal's masthead printed
        # so still names its issue (a print stamp prints the time of day)
        if content and not _in_text(doc, pos, end) and (_TIME.search(content) or not is_issue_line(content)):
            content = ""
        self._front[pos] = end, content
        return end, content

    def _tail_line(self, end: int) -> tuple[int, str]:
        """(start, content) of the last line ending at `end`."""
        known = self._tail.get(end)
        if known is not None:
            return known
        start = self._doc.raw.rfind("\n", 0, end) + 1
        self._tail[end] = start, self._usable(start, end)
        return self._tail[end]

    def read(self, count: int, tail_count: int, skipped: frozenset[int] = frozenset()) -> tuple[list[str], list[str]]:
        """The first `count` and last `tail_count` lines, less the lines starting at an offset of `skipped`."""
        raw = self._doc.raw
        front: list[str] = []
        pos = 0
        while pos < len(raw) and len(front) < count:
            end, content = self._front_line(pos)
            if content and pos not in skipped:
                front.append(content)
            pos = end + 1
        tail: list[str] = []
        end = len(raw)
        while end > pos and len(tail) < tail_count:
            start, content = self._tail_line(end)
            if content and start not in skipped:
                tail.append(content)
            end = start - 1
        return front, tail[::-1]


def structure(doc: Document) -> Document:
    """Stage 2: title, authors, abstract and keywords spans; heading levels and titles; language."""
    paragraphs = [s for s in doc.spans if s.kind == "paragraph"]
    first_heading = min((h.start for h in doc.headings), default=len(doc.text) + 1)
    front, used = _front_matter(doc, paragraphs, first_heading)
    disclaimed = disclaimer_section(doc, paragraphs, used)  # `Disclaimer` over a paragraph closing the text
    if disclaimed:
        paragraphs = [p for p in paragraphs if not any(d.start <= p.start < d.end for d in disclaimed)]
    front += cover_lines(doc, paragraphs, used, front)  # a thesis cover's unlabelled lines
    journal = issue_line(doc, front)  # a newsletter's issue: its items' writers and dates (`structure/items.py`)
    if journal is not None:
        front += item_lines(doc, paragraphs, used, journal)
    if not any(s.kind == "author" for s in front):
        front += (
            _bylines_after_summary(doc, paragraphs, used, first_heading, front)
            or _lead_bylines(doc, paragraphs, used)
            or _end_bylines(doc, paragraphs, used)
            or closing_label_names(doc, paragraphs, used)
        )
    front += closing_date(doc, paragraphs, used, front)  # `2024年5月` alone under the text
    replaced_credit: Span | None = None  # `Reporting by …; Editing by …`: its reporters, then the editors' credit
    if not any(s.kind == "author" for s in front):
        credited, replaced_credit = _reporting_credit(doc)
        front += credited
    if any(s.kind == "author" for s in front):  # a box closing the page may name the byline's writer again
        closing = _box_under_byline(doc, paragraphs, used, [doc.span_text(s) for s in front if s.kind == "author"])
    else:
        closing = _closing_bio(doc, paragraphs, used)
    front += [s for s in closing if s.kind == "author"]
    if not any(s.kind == "author" for s in front):
        front += _speaker_in_title(doc, front)  # `Remarks by Deputy Secretary … at …`: the speaker
    front = spaced_chinese_names(doc, front)  # `记者 王海 李明`: two reporters
    presented = [s for s in closing if s.kind in ("author-bio", "affiliation")]  # the bio (or its end), no text
    holding = {p.start for p in paragraphs for b in presented if p.start <= b.start < p.end}
    holding |= {s.start for s in closing if s.kind == "author" and s.start in {p.start for p in paragraphs}}
    bios = presented + _author_bios(
        doc, paragraphs, used | holding, [doc.span_text(s) for s in front if s.kind == "author"]
    )
    bios += _section_bios(doc, paragraphs, used | holding | {b.start for b in bios}, closing)
    if any(s.kind == "author" for s in front) and not bios:  # `The author is a …` under the text
        bios += _unnamed_bio(doc, paragraphs, used | holding) or _signature_bio(doc, paragraphs, used | holding)
    if not any(s.kind == "title" for s in front) and doc.headings and doc.headings[0].start == 0:
        heading_title = next(
            (s for s in doc.spans if s.kind == "heading-title" and s.start <= doc.headings[0].end), None
        )
        if heading_title is not None:
            front.append(Span("title", heading_title.start, heading_title.end, heading_title.page))
    titles = sorted((s.start, s) for s in doc.spans if s.kind == "heading-title")
    title_starts = [start for start, _ in titles]
    given = levels_for([h.level for h in doc.headings if not h.family])  # levels a reader took from the source
    levels = nest_levels([h.family for h in doc.headings], [given.get(h.level, 1) for h in doc.headings])
    headings = []
    marker_starts = MarkerStarts(doc.markers)
    for h, level in zip(doc.headings, levels, strict=True):
        k = bisect.bisect_left(title_starts, h.start)  # the heading's title span starts inside it
        title_span = titles[k][1] if k < len(titles) and titles[k][0] <= h.end else None
        title = title_without_markers(doc.text, title_span.start, title_span.end, marker_starts) if title_span else ""
        headings.append(make_heading(h.start, h.end, level, h.label, title, h.numbering, h.page, h.family))
    replaced = used | {s.start for s in bios} | holding
    replaced |= {p.start for p in doc.spans if p.kind == "paragraph" for d in disclaimed if d.start <= p.start < d.end}
    kept = [
        _before_bio(doc, s, bios) if bios and s.kind == "paragraph" else s
        for s in doc.spans
        if s.kind not in ("heading-title",)
        and not (s.kind == "paragraph" and s.start in replaced)
        and s is not replaced_credit
    ]
    front_ranges = [(s.start, s.end) for s in front if s.kind in ("title", "author", "abstract", "keywords")]
    tagged = {s.start for s in front if s.kind == "tags"}  # a web page's tag line under its text: no front matter
    front_end = max((p.end for p in paragraphs if p.start in used and p.start not in tagged), default=-1)
    last_front = max((b for _, b in front_ranges), default=-1)  # a marker after it is in no front range
    markers = tuple(
        make_marker(m.start, m.end, m.numbers, m.style, m.printed, m.footnotes, m.page, front=True)
        if m.start < front_end or (m.start < last_front and any(a <= m.start < b for a, b in front_ranges))
        else m
        for m in doc.markers
    )
    repeated = frozenset(doc.get_meta("repeated_furniture", ()))
    repeated |= frozenset(doc.get_meta("comment_headers", ()))  # a comment's day is its writer's, not the page's
    # the title's own year (`中華民國113年國防報告書`) names what the document covers; a line under it dates it
    titled = frozenset(doc.body_map.to_raw(s.start) for s in front if s.kind == "title")
    read: DateReadings = {}  # each edge line read once, however many of the readings below hold it
    edges = _EdgeLines(doc)
    rows = front_rows(doc, paragraphs)  # an infobox's `署名<tab>2024年7月8日`: a fact of the page, not its date
    front_lines, tail_lines = edges.read(*edge_line_counts(), repeated | titled | rows)
    dated = document_date(front_lines, tail_lines, read)
    modified = document_modified(front_lines, tail_lines)  # the last update it states, beside its date
    if dated is None and titled:  # no line but the title dates it: the title's date is the document's
        front_lines, tail_lines = edges.read(*edge_line_counts(), repeated | rows)
        dated = document_date(front_lines, tail_lines, read)
    dated = dated or next(
        (d for s in front if s.kind == "dateline" and (d := document_date([doc.span_text(s)], [], read)) is not None),
        None,
    )  # else the date a byline printed in a field of its own (`By … | March 3, 2024`)
    if dated is None and doc.get_meta("repeated_furniture"):  # a stamp in every page's foot dates the print only
        dated = document_date(*edges.read(*edge_line_counts()), read)  # when nothing else dates the document
    if journal is not None:  # a newsletter's issue line dates it, not the date line of an item under its masthead
        dated = issue_date(doc, journal) or dated
    elif (row := gazette_issue(doc, front)) is not None:  # a gazette's issue row, not its notice's signature date
        read_row = issue_date(doc, row)  # (`令和…日　…曜日　第…号` reads as a dateline alone: the issue's day here)
        dated = (read_row[0], "issue") if read_row is not None else dated
    if dated is not None and dated[1] == "last-updated" and modified is None:  # read by a later reading above
        modified = document_modified(*edges.read(*edge_line_counts())) or (dated[0], "label")
    return doc.evolve(
        date=dated[0] if dated else None,
        date_source=dated[1] if dated else None,
        date_modified=modified[0] if modified else None,
        date_modified_source=modified[1] if modified else None,
        spans=sorted_spans([*kept, *front, *bios, *disclaimed]),
        headings=tuple(headings),
        markers=markers,
        language=detect_language(doc.text),
    )

"""Stage 2, *structure*: name the parts of the repaired body — title, authors, abstract, keywords, headings.

The front matter is what comes before the abstract label (`〔提 要〕`, `摘要：`, `Abstract`) or, without one, the
short lines before the first heading. Its first block is the title (a running copy of the title printed just
above it is dropped, and a trailing `*` note sign is left outside the title span); the short blocks after
it are the authors. Heading ranks become levels 1, 2, … for the shapes this document uses.
"""

from __future__ import annotations

import bisect
import re

from allyscope.layout.dating import document_date
from allyscope.layout.headings import levels_for
from allyscope.layout.notes import label_patterns
from allyscope.model import Document, Heading, Marker, Span, sorted_spans

_STAR = re.compile(r"[\s\u3000]*[*＊∗※☆★]+$")
_KEYWORD_SPLIT = re.compile(r"[;；,，、]|\s{2,}|\u3000")
_AUTHOR_SPLIT = re.compile(r"\s*(?:[、,，;；&]|\band\b|\u3000|\s{2,})\s*")
_AFFILIATION = re.compile(r"大学|學|研究|学院|Universit|Institut|College|School|Center|Centre|Department|省|市")
_KANA = re.compile(r"[\u3041-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def _label_end(text: str, kind: str) -> int | None:
    """Where the text after an abstract or keywords label starts, or None when `text` has no such label."""
    for pattern in label_patterns(kind):
        match = pattern.match(text)
        if match:
            end = match.end()
            while end < len(text) and text[end] in " \u3000\t:：":
                end += 1
            return end
    return None


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    while start < end and doc.text[start] in " \u3000\t\n":
        start += 1
    while end > start and doc.text[end - 1] in " \u3000\t\n":
        end -= 1
    return start, end


def _piece_spans(doc: Document, start: int, end: int, splitter: re.Pattern[str], kind: str) -> list[Span]:
    spans = []
    cursor = start
    text = doc.text[start:end]
    for match in [*splitter.finditer(text), None]:
        piece_end = start + match.start() if match else end
        a, b = _trimmed(doc, cursor, piece_end)
        if b > a:
            spans.append(Span(kind, a, b))
        if match:
            cursor = start + match.end()
    return spans


def _front_matter(doc: Document, paragraphs: list[Span], first_heading: int) -> tuple[list[Span], set[int]]:
    """Spans of the front matter, and the start offsets of the paragraphs they replace."""
    spans: list[Span] = []
    used: set[int] = set()
    window = paragraphs[:10]
    abstract_at = next((i for i, p in enumerate(window) if _label_end(doc.span_text(p), "abstract") is not None), None)
    keywords_at = next((i for i, p in enumerate(window) if _label_end(doc.span_text(p), "keywords") is not None), None)
    if abstract_at is not None:
        para = paragraphs[abstract_at]
        offset = _label_end(doc.span_text(para), "abstract") or 0
        start, end = _trimmed(doc, para.start + offset, para.end)
        used.add(para.start)
        if end <= start and abstract_at + 1 < len(paragraphs):
            para = paragraphs[abstract_at + 1]
            start, end = _trimmed(doc, para.start, para.end)
            used.add(para.start)
        end = _strip_trailing_markers(doc, start, end)
        spans.append(Span("abstract", start, end, para.page))
    if keywords_at is not None:
        para = paragraphs[keywords_at]
        offset = _label_end(doc.span_text(para), "keywords") or 0
        start, end = _trimmed(doc, para.start + offset, para.end)
        used.add(para.start)
        spans.append(Span("keywords", start, end, para.page))
        spans += _piece_spans(doc, start, end, _KEYWORD_SPLIT, "keyword")
    marks = [i for i in (abstract_at, keywords_at) if i is not None]
    if marks:
        front = paragraphs[: min(marks)]
    else:
        front = []
        for para in paragraphs:
            if para.start >= first_heading or len(doc.span_text(para)) > 80 or len(front) >= 4:
                break
            front.append(para)
        if len(front) == len([p for p in paragraphs if p.start < first_heading]) and len(front) > 1:
            front = front[:-1]
    if not front:
        return spans, used
    if front[0].start > first_heading:
        return spans, used
    title = front[0]
    rest = front[1:]
    if rest and _STAR.sub("", doc.span_text(rest[0])).strip() == _STAR.sub("", doc.span_text(title)).strip():
        used.add(title.start)
        title, rest = rest[0], rest[1:]
    used.add(title.start)
    star = _STAR.search(doc.span_text(title))
    t_start, t_end = _trimmed(doc, title.start, title.start + star.start() if star else title.end)
    spans.append(Span("title", t_start, t_end, title.page))
    for para in rest:
        text = doc.span_text(para)
        used.add(para.start)
        if _AFFILIATION.search(text):
            spans.append(Span("affiliation", *_trimmed(doc, para.start, para.end), para.page))
        else:
            spans += _piece_spans(doc, para.start, para.end, _AUTHOR_SPLIT, "author")
    return spans, used


def _strip_trailing_markers(doc: Document, start: int, end: int) -> int:
    """The abstract ends before a note marker standing after its last sentence."""
    for marker in sorted(doc.markers, key=lambda m: -m.start):
        trailing = marker.end == end or (marker.end <= end and doc.text[marker.end : end].strip() == "")
        if trailing and marker.start >= start:
            end = marker.start
    return _trimmed(doc, start, end)[1]


def detect_language(text: str) -> str:
    """`ja` when kana are common among the CJK characters, `zh` when hanzi lead, `en` for Latin text."""
    sample = text[:4000]
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    latin = len(_LATIN.findall(sample))
    if kana + han == 0 and latin == 0:
        return "und"
    if kana + han >= latin / 3:
        return "ja" if kana >= 0.1 * (kana + han) else "zh"
    return "en"


def _edge_lines(doc: Document, count: int) -> tuple[list[str], list[str]]:
    """The first and last `count` non-empty raw lines outside the notes, stripped (without splitting the whole
    file: a web page may be megabytes long)."""
    notes = sorted((f.raw_start, f.raw_end) for f in doc.footnotes)
    starts = [a for a, _ in notes]
    raw = doc.raw

    def usable(lo: int, hi: int) -> str:
        content = raw[lo:hi].strip()
        if not content or not notes:
            return content
        k = bisect.bisect_right(starts, hi) - 1  # the last note starting before the line ends
        return "" if k >= 0 and notes[k][1] > lo else content

    front: list[str] = []
    pos = 0
    while pos < len(raw) and len(front) < count:
        end = raw.find("\n", pos)
        end = len(raw) if end < 0 else end
        content = usable(pos, end)
        if content:
            front.append(content)
        pos = end + 1
    tail: list[str] = []
    end = len(raw)
    while end > pos and len(tail) < count:
        start = raw.rfind("\n", 0, end) + 1
        content = usable(start, end)
        if content:
            tail.append(content)
        end = start - 1
    return front, tail[::-1]


def structure(doc: Document) -> Document:
    """Stage 2: title, authors, abstract and keywords spans; heading levels and titles; language."""
    paragraphs = [s for s in doc.spans if s.kind == "paragraph"]
    first_heading = min((h.start for h in doc.headings), default=len(doc.text) + 1)
    front, used = _front_matter(doc, paragraphs, first_heading)
    if not any(s.kind == "title" for s in front) and doc.headings and doc.headings[0].start == 0:
        heading_title = next(
            (s for s in doc.spans if s.kind == "heading-title" and s.start <= doc.headings[0].end), None
        )
        if heading_title is not None:
            front.append(Span("title", heading_title.start, heading_title.end, heading_title.page))
    titles = {s.start: s for s in doc.spans if s.kind == "heading-title"}
    levels = levels_for([h.level for h in doc.headings])
    headings = []
    for h in doc.headings:
        title_span = next((s for s in titles.values() if h.start <= s.start <= h.end), None)
        title = doc.text[title_span.start : title_span.end].strip() if title_span else ""
        headings.append(Heading(h.start, h.end, levels[h.level], h.label, title, h.numbering, h.page))
    kept = [
        s for s in doc.spans if s.kind not in ("heading-title",) and not (s.kind == "paragraph" and s.start in used)
    ]
    front_ranges = [(s.start, s.end) for s in front if s.kind in ("title", "author", "abstract", "keywords")]
    front_end = max((p.end for p in paragraphs if p.start in used), default=-1)
    markers = tuple(
        Marker(m.start, m.end, m.numbers, m.style, m.printed, m.footnotes, m.page, front=True)
        if m.start < front_end or any(a <= m.start < b for a, b in front_ranges)
        else m
        for m in doc.markers
    )
    front_lines, tail_lines = _edge_lines(doc, 30)
    dated = document_date(front_lines, tail_lines)
    return doc.evolve(
        date=dated[0] if dated else None,
        date_source=dated[1] if dated else None,
        spans=sorted_spans([*kept, *front]),
        headings=tuple(headings),
        markers=markers,
        language=detect_language(doc.text),
    )
